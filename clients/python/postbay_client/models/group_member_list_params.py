from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupMemberListParams")


@_attrs_define
class GroupMemberListParams:
    """
    Attributes:
        group_id (UUID): A group of accounts.
        user_list (list[UUID]): Ids of users in the group's domain.
    """

    group_id: UUID
    user_list: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        group_id = str(self.group_id)

        user_list = []
        for user_list_item_data in self.user_list:
            user_list_item = str(user_list_item_data)
            user_list.append(user_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groupId": group_id,
                "userList": user_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = UUID(d.pop("groupId"))

        user_list = []
        _user_list = d.pop("userList")
        for user_list_item_data in _user_list:
            user_list_item = UUID(user_list_item_data)

            user_list.append(user_list_item)

        group_member_list_params = cls(
            group_id=group_id,
            user_list=user_list,
        )

        return group_member_list_params
