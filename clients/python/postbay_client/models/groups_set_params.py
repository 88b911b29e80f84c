from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_group_pattern import RpcGroupPattern


T = TypeVar("T", bound="GroupsSetParams")


@_attrs_define
class GroupsSetParams:
    """
    Attributes:
        group_ids (list[UUID]):
        pattern (RpcGroupPattern):
    """

    group_ids: list[UUID]
    pattern: RpcGroupPattern

    def to_dict(self) -> dict[str, Any]:
        group_ids = []
        for group_ids_item_data in self.group_ids:
            group_ids_item = str(group_ids_item_data)
            group_ids.append(group_ids_item)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groupIds": group_ids,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_group_pattern import RpcGroupPattern  # noqa: PLC0415

        d = dict(src_dict)
        group_ids = []
        _group_ids = d.pop("groupIds")
        for group_ids_item_data in _group_ids:
            group_ids_item = UUID(group_ids_item_data)

            group_ids.append(group_ids_item)

        pattern = RpcGroupPattern.from_dict(d.pop("pattern"))

        groups_set_params = cls(
            group_ids=group_ids,
            pattern=pattern,
        )

        return groups_set_params
