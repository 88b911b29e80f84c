from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_user_pattern import RpcUserPattern


T = TypeVar("T", bound="UsersSetParams")


@_attrs_define
class UsersSetParams:
    """
    Attributes:
        pattern (RpcUserPattern): The members of a user that `create` and `set` accept; `set` applies those present.
        user_ids (list[UUID]):
    """

    pattern: RpcUserPattern
    user_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "userIds": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_user_pattern import RpcUserPattern  # noqa: PLC0415

        d = dict(src_dict)
        pattern = RpcUserPattern.from_dict(d.pop("pattern"))

        user_ids = []
        _user_ids = d.pop("userIds")
        for user_ids_item_data in _user_ids:
            user_ids_item = UUID(user_ids_item_data)

            user_ids.append(user_ids_item)

        users_set_params = cls(
            pattern=pattern,
            user_ids=user_ids,
        )

        return users_set_params
