from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_user_pattern import RpcUserPattern


T = TypeVar("T", bound="UsersCreateParams")


@_attrs_define
class UsersCreateParams:
    """
    Attributes:
        users (list[RpcUserPattern]):
    """

    users: list[RpcUserPattern]

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_user_pattern import RpcUserPattern  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = RpcUserPattern.from_dict(users_item_data)

            users.append(users_item)

        users_create_params = cls(
            users=users,
        )

        return users_create_params
