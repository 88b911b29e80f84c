from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.protocol import Protocol

T = TypeVar("T", bound="UsersCreateAppPasswordParams")


@_attrs_define
class UsersCreateAppPasswordParams:
    """
    Attributes:
        name (str):
        protocols (list[Protocol]):
        user_id (UUID): A user account (mailbox).
    """

    name: str
    protocols: list[Protocol]
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "protocols": protocols,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = Protocol(protocols_item_data)

            protocols.append(protocols_item)

        user_id = UUID(d.pop("userId"))

        users_create_app_password_params = cls(
            name=name,
            protocols=protocols,
            user_id=user_id,
        )

        return users_create_app_password_params
