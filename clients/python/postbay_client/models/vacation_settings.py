from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="VacationSettings")


@_attrs_define
class VacationSettings:
    """An account's out-of-office reply, as the API shows and sets it (JMAP's VacationResponse,
    with Kerio's "once a week per sender"). Compiled into the generated script's first block.

        Attributes:
            enabled (bool):
            days (int | Unset): Days before the same sender is answered again: 1 to 90.
            from_date (datetime.datetime | None | Unset): Replies start at this time (UTC); none: at once.
            subject (None | str | Unset): Default: "Auto: " and the subject of the message answered.
            text (str | Unset): The reply's text; required when enabled. At most 10,000 characters.
            to_date (datetime.datetime | None | Unset): Replies stop at this time (UTC); none: until disabled.
    """

    enabled: bool
    days: int | Unset = UNSET
    from_date: datetime.datetime | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    text: str | Unset = UNSET
    to_date: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        days = self.days

        from_date: None | str | Unset
        if isinstance(self.from_date, Unset):
            from_date = UNSET
        elif isinstance(self.from_date, datetime.datetime):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        text = self.text

        to_date: None | str | Unset
        if isinstance(self.to_date, Unset):
            to_date = UNSET
        elif isinstance(self.to_date, datetime.datetime):
            to_date = self.to_date.isoformat()
        else:
            to_date = self.to_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if from_date is not UNSET:
            field_dict["fromDate"] = from_date
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if to_date is not UNSET:
            field_dict["toDate"] = to_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        days = d.pop("days", UNSET)

        def _parse_from_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_date_type_0 = datetime.datetime.fromisoformat(data)

                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_date = _parse_from_date(d.pop("fromDate", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        text = d.pop("text", UNSET)

        def _parse_to_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_date_type_0 = datetime.datetime.fromisoformat(data)

                return to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to_date = _parse_to_date(d.pop("toDate", UNSET))

        vacation_settings = cls(
            enabled=enabled,
            days=days,
            from_date=from_date,
            subject=subject,
            text=text,
            to_date=to_date,
        )

        return vacation_settings
