from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageHit")


@_attrs_define
class MessageHit:
    """One message found, newest first.

    Attributes:
        folder (str): The folder's full name.
        folder_id (UUID):
        id (UUID):
        received_at (datetime.datetime):
        size (int):
        uid (int): The message's IMAP uid in its folder.
        from_ (None | str | Unset): The first From address.
        subject (None | str | Unset):
    """

    folder: str
    folder_id: UUID
    id: UUID
    received_at: datetime.datetime
    size: int
    uid: int
    from_: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder = self.folder

        folder_id = str(self.folder_id)

        id = str(self.id)

        received_at = self.received_at.isoformat()

        size = self.size

        uid = self.uid

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folder": folder,
                "folderId": folder_id,
                "id": id,
                "receivedAt": received_at,
                "size": size,
                "uid": uid,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder = d.pop("folder")

        folder_id = UUID(d.pop("folderId"))

        id = UUID(d.pop("id"))

        received_at = datetime.datetime.fromisoformat(d.pop("receivedAt"))

        size = d.pop("size")

        uid = d.pop("uid")

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        message_hit = cls(
            folder=folder,
            folder_id=folder_id,
            id=id,
            received_at=received_at,
            size=size,
            uid=uid,
            from_=from_,
            subject=subject,
        )

        message_hit.additional_properties = d
        return message_hit

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
