from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SortingRulePatch")


@_attrs_define
class SortingRulePatch:
    """
    Attributes:
        deliver_to (None | str | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        sort_address (None | str | Unset):
    """

    deliver_to: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    sort_address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deliver_to: None | str | Unset
        if isinstance(self.deliver_to, Unset):
            deliver_to = UNSET
        else:
            deliver_to = self.deliver_to

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        sort_address: None | str | Unset
        if isinstance(self.sort_address, Unset):
            sort_address = UNSET
        else:
            sort_address = self.sort_address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if deliver_to is not UNSET:
            field_dict["deliverTo"] = deliver_to
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if sort_address is not UNSET:
            field_dict["sortAddress"] = sort_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deliver_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deliver_to = _parse_deliver_to(d.pop("deliverTo", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_sort_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sort_address = _parse_sort_address(d.pop("sortAddress", UNSET))

        sorting_rule_patch = cls(
            deliver_to=deliver_to,
            description=description,
            enabled=enabled,
            sort_address=sort_address,
        )

        return sorting_rule_patch
