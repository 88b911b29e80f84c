from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_recipient import QueueRecipient


T = TypeVar("T", bound="QueueEntry")


@_attrs_define
class QueueEntry:
    """A queued message.

    Attributes:
        created_at (datetime.datetime):
        id (UUID): A message in the outbound queue, with its recipients that leave the server.
        recipients (list[QueueRecipient]):
        size (int):
        sender (None | str | Unset): The envelope sender; absent for the null sender `<>` (bounces).
        warned_at (datetime.datetime | None | Unset): When the sender was told delivery is delayed.
    """

    created_at: datetime.datetime
    id: UUID
    recipients: list[QueueRecipient]
    size: int
    sender: None | str | Unset = UNSET
    warned_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        size = self.size

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        warned_at: None | str | Unset
        if isinstance(self.warned_at, Unset):
            warned_at = UNSET
        elif isinstance(self.warned_at, datetime.datetime):
            warned_at = self.warned_at.isoformat()
        else:
            warned_at = self.warned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "recipients": recipients,
                "size": size,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if warned_at is not UNSET:
            field_dict["warnedAt"] = warned_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_recipient import QueueRecipient  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = QueueRecipient.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        size = d.pop("size")

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_warned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                warned_at_type_0 = datetime.datetime.fromisoformat(data)

                return warned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        warned_at = _parse_warned_at(d.pop("warnedAt", UNSET))

        queue_entry = cls(
            created_at=created_at,
            id=id,
            recipients=recipients,
            size=size,
            sender=sender,
            warned_at=warned_at,
        )

        queue_entry.additional_properties = d
        return queue_entry

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
