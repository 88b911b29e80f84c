from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendingLimits")


@_attrs_define
class SendingLimits:
    """Limits of one account, domain or tenant; an absent one does not limit.

    Attributes:
        messages_per_day (int | None | Unset): Messages per day.
        messages_per_hour (int | None | Unset): Messages per clock hour.
        recipients_per_day (int | None | Unset): Recipients per day, all messages together.
        recipients_per_hour (int | None | Unset): Recipients per clock hour, all messages together.
        suspend_account (bool | Unset): Suspends an account for abuse the moment one of these limits refuses its message
            (it
            can still log in and read; an administrator reinstates it). A compromised account then
            stops at its first refused burst.
    """

    messages_per_day: int | None | Unset = UNSET
    messages_per_hour: int | None | Unset = UNSET
    recipients_per_day: int | None | Unset = UNSET
    recipients_per_hour: int | None | Unset = UNSET
    suspend_account: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        messages_per_day: int | None | Unset
        if isinstance(self.messages_per_day, Unset):
            messages_per_day = UNSET
        else:
            messages_per_day = self.messages_per_day

        messages_per_hour: int | None | Unset
        if isinstance(self.messages_per_hour, Unset):
            messages_per_hour = UNSET
        else:
            messages_per_hour = self.messages_per_hour

        recipients_per_day: int | None | Unset
        if isinstance(self.recipients_per_day, Unset):
            recipients_per_day = UNSET
        else:
            recipients_per_day = self.recipients_per_day

        recipients_per_hour: int | None | Unset
        if isinstance(self.recipients_per_hour, Unset):
            recipients_per_hour = UNSET
        else:
            recipients_per_hour = self.recipients_per_hour

        suspend_account = self.suspend_account

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if messages_per_day is not UNSET:
            field_dict["messagesPerDay"] = messages_per_day
        if messages_per_hour is not UNSET:
            field_dict["messagesPerHour"] = messages_per_hour
        if recipients_per_day is not UNSET:
            field_dict["recipientsPerDay"] = recipients_per_day
        if recipients_per_hour is not UNSET:
            field_dict["recipientsPerHour"] = recipients_per_hour
        if suspend_account is not UNSET:
            field_dict["suspendAccount"] = suspend_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_messages_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        messages_per_day = _parse_messages_per_day(d.pop("messagesPerDay", UNSET))

        def _parse_messages_per_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        messages_per_hour = _parse_messages_per_hour(d.pop("messagesPerHour", UNSET))

        def _parse_recipients_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipients_per_day = _parse_recipients_per_day(d.pop("recipientsPerDay", UNSET))

        def _parse_recipients_per_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipients_per_hour = _parse_recipients_per_hour(d.pop("recipientsPerHour", UNSET))

        suspend_account = d.pop("suspendAccount", UNSET)

        sending_limits = cls(
            messages_per_day=messages_per_day,
            messages_per_hour=messages_per_hour,
            recipients_per_day=recipients_per_day,
            recipients_per_hour=recipients_per_hour,
            suspend_account=suspend_account,
        )

        return sending_limits
