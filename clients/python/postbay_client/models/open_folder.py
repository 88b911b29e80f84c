from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OpenFolder")


@_attrs_define
class OpenFolder:
    """A folder some session holds open, with how many do.

    Attributes:
        account_id (UUID):
        folder (str):
        nodes (list[str]): The nodes they are connected to.
        sessions (int): Sessions holding it open (Kerio's reference count), on every node.
        user (str): The account's address.
    """

    account_id: UUID
    folder: str
    nodes: list[str]
    sessions: int
    user: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        folder = self.folder

        nodes = self.nodes

        sessions = self.sessions

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "folder": folder,
                "nodes": nodes,
                "sessions": sessions,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        folder = d.pop("folder")

        nodes = cast(list[str], d.pop("nodes"))

        sessions = d.pop("sessions")

        user = d.pop("user")

        open_folder = cls(
            account_id=account_id,
            folder=folder,
            nodes=nodes,
            sessions=sessions,
            user=user,
        )

        open_folder.additional_properties = d
        return open_folder

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
