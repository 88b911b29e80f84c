from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSortingRule")


@_attrs_define
class NewSortingRule:
    """
    Attributes:
        deliver_to (str):
        sort_address (str):
        description (str | Unset):
        enabled (bool | Unset):
    """

    deliver_to: str
    sort_address: str
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deliver_to = self.deliver_to

        sort_address = self.sort_address

        description = self.description

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deliverTo": deliver_to,
                "sortAddress": sort_address,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deliver_to = d.pop("deliverTo")

        sort_address = d.pop("sortAddress")

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        new_sorting_rule = cls(
            deliver_to=deliver_to,
            sort_address=sort_address,
            description=description,
            enabled=enabled,
        )

        return new_sorting_rule
