from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.family import Family
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_entry_fields import LogEntryFields


T = TypeVar("T", bound="LogEntry")


@_attrs_define
class LogEntry:
    """One log line.

    Attributes:
        at (datetime.datetime):
        family (Family): A log's family: what kind of line it holds, and how long it is kept.
        fields (LogEntryFields): The event's fields by name (`message_id`, `from`, `to`, `size`, `result`...).
        id (int): Increasing in the order lines were written.
        text (str): The line as read.
        account (None | str | Unset):
        message_id (None | str | Unset):
    """

    at: datetime.datetime
    family: Family
    fields: LogEntryFields
    id: int
    text: str
    account: None | str | Unset = UNSET
    message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        family = self.family.value

        fields = self.fields.to_dict()

        id = self.id

        text = self.text

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "family": family,
                "fields": fields,
                "id": id,
                "text": text,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if message_id is not UNSET:
            field_dict["messageId"] = message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_entry_fields import LogEntryFields  # noqa: PLC0415

        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        family = Family(d.pop("family"))

        fields = LogEntryFields.from_dict(d.pop("fields"))

        id = d.pop("id")

        text = d.pop("text")

        def _parse_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("messageId", UNSET))

        log_entry = cls(
            at=at,
            family=family,
            fields=fields,
            id=id,
            text=text,
            account=account,
            message_id=message_id,
        )

        log_entry.additional_properties = d
        return log_entry

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
