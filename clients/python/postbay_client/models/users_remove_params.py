from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsersRemoveParams")


@_attrs_define
class UsersRemoveParams:
    """
    Attributes:
        user_ids (list[UUID]):
        purge (bool | Unset): Postbay: purge at once instead of keeping the users pending deletion for the grace
            period (server and tenant administrators only).
    """

    user_ids: list[UUID]
    purge: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_ids = []
        for user_ids_item_data in self.user_ids:
            user_ids_item = str(user_ids_item_data)
            user_ids.append(user_ids_item)

        purge = self.purge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userIds": user_ids,
            }
        )
        if purge is not UNSET:
            field_dict["purge"] = purge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_ids = []
        _user_ids = d.pop("userIds")
        for user_ids_item_data in _user_ids:
            user_ids_item = UUID(user_ids_item_data)

            user_ids.append(user_ids_item)

        purge = d.pop("purge", UNSET)

        users_remove_params = cls(
            user_ids=user_ids,
            purge=purge,
        )

        return users_remove_params
