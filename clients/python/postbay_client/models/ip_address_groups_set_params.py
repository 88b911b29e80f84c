from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ip_group_input import IpGroupInput


T = TypeVar("T", bound="IpAddressGroupsSetParams")


@_attrs_define
class IpAddressGroupsSetParams:
    """
    Attributes:
        group (IpGroupInput): A group as created or replaced (PUT replaces every member).
        group_ids (list[UUID]):
    """

    group: IpGroupInput
    group_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        group = self.group.to_dict()

        group_ids = []
        for group_ids_item_data in self.group_ids:
            group_ids_item = str(group_ids_item_data)
            group_ids.append(group_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group": group,
                "groupIds": group_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_group_input import IpGroupInput  # noqa: PLC0415

        d = dict(src_dict)
        group = IpGroupInput.from_dict(d.pop("group"))

        group_ids = []
        _group_ids = d.pop("groupIds")
        for group_ids_item_data in _group_ids:
            group_ids_item = UUID(group_ids_item_data)

            group_ids.append(group_ids_item)

        ip_address_groups_set_params = cls(
            group=group,
            group_ids=group_ids,
        )

        return ip_address_groups_set_params
