from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.filter_rule import FilterRule


T = TypeVar("T", bound="FilterRulesBody")


@_attrs_define
class FilterRulesBody:
    """The rules to put in place of the account's.

    Attributes:
        items (list[FilterRule]):
    """

    items: list[FilterRule]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_rule import FilterRule  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = FilterRule.from_dict(items_item_data)

            items.append(items_item)

        filter_rules_body = cls(
            items=items,
        )

        return filter_rules_body
