from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ip_group_input import IpGroupInput


T = TypeVar("T", bound="IpAddressGroupsCreateParams")


@_attrs_define
class IpAddressGroupsCreateParams:
    """
    Attributes:
        groups (list[IpGroupInput]): Each an `IpGroupInput`.
    """

    groups: list[IpGroupInput]

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_group_input import IpGroupInput  # noqa: PLC0415

        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = IpGroupInput.from_dict(groups_item_data)

            groups.append(groups_item)

        ip_address_groups_create_params = cls(
            groups=groups,
        )

        return ip_address_groups_create_params
