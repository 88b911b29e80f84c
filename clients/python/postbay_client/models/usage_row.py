from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageRow")


@_attrs_define
class UsageRow:
    """One object's usage on one day.

    Attributes:
        active_mailboxes (int): Accounts that are not disabled.
        bytes_received (int):
        bytes_sent (int):
        closed (bool): The day is over and its numbers final.
        day (datetime.date):
        id (UUID):
        level (str):
        messages_received (int):
        messages_sent (int): Submitted by its users (authenticated submission).
        name (str): Its address or name that day.
        peak_storage_bytes (int): The day's largest storage (domains and tenants: the sum of their accounts' peaks).
        recipients_sent (int):
        storage_bytes (int): Stored mail at the end of the day (the current day: now).
        storage_messages (int):
        domain_id (None | Unset | UUID):
    """

    active_mailboxes: int
    bytes_received: int
    bytes_sent: int
    closed: bool
    day: datetime.date
    id: UUID
    level: str
    messages_received: int
    messages_sent: int
    name: str
    peak_storage_bytes: int
    recipients_sent: int
    storage_bytes: int
    storage_messages: int
    domain_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_mailboxes = self.active_mailboxes

        bytes_received = self.bytes_received

        bytes_sent = self.bytes_sent

        closed = self.closed

        day = self.day.isoformat()

        id = str(self.id)

        level = self.level

        messages_received = self.messages_received

        messages_sent = self.messages_sent

        name = self.name

        peak_storage_bytes = self.peak_storage_bytes

        recipients_sent = self.recipients_sent

        storage_bytes = self.storage_bytes

        storage_messages = self.storage_messages

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeMailboxes": active_mailboxes,
                "bytesReceived": bytes_received,
                "bytesSent": bytes_sent,
                "closed": closed,
                "day": day,
                "id": id,
                "level": level,
                "messagesReceived": messages_received,
                "messagesSent": messages_sent,
                "name": name,
                "peakStorageBytes": peak_storage_bytes,
                "recipientsSent": recipients_sent,
                "storageBytes": storage_bytes,
                "storageMessages": storage_messages,
            }
        )
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_mailboxes = d.pop("activeMailboxes")

        bytes_received = d.pop("bytesReceived")

        bytes_sent = d.pop("bytesSent")

        closed = d.pop("closed")

        day = datetime.date.fromisoformat(d.pop("day"))

        id = UUID(d.pop("id"))

        level = d.pop("level")

        messages_received = d.pop("messagesReceived")

        messages_sent = d.pop("messagesSent")

        name = d.pop("name")

        peak_storage_bytes = d.pop("peakStorageBytes")

        recipients_sent = d.pop("recipientsSent")

        storage_bytes = d.pop("storageBytes")

        storage_messages = d.pop("storageMessages")

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_0 = UUID(data)

                return domain_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        usage_row = cls(
            active_mailboxes=active_mailboxes,
            bytes_received=bytes_received,
            bytes_sent=bytes_sent,
            closed=closed,
            day=day,
            id=id,
            level=level,
            messages_received=messages_received,
            messages_sent=messages_sent,
            name=name,
            peak_storage_bytes=peak_storage_bytes,
            recipients_sent=recipients_sent,
            storage_bytes=storage_bytes,
            storage_messages=storage_messages,
            domain_id=domain_id,
        )

        usage_row.additional_properties = d
        return usage_row

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
