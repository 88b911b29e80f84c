from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MemberList")


@_attrs_define
class MemberList:
    """
    Attributes:
        account_ids (list[UUID]):
    """

    account_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        account_ids = []
        for account_ids_item_data in self.account_ids:
            account_ids_item = str(account_ids_item_data)
            account_ids.append(account_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountIds": account_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_ids = []
        _account_ids = d.pop("accountIds")
        for account_ids_item_data in _account_ids:
            account_ids_item = UUID(account_ids_item_data)

            account_ids.append(account_ids_item)

        member_list = cls(
            account_ids=account_ids,
        )

        return member_list
