from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_rule import FilterRule


T = TypeVar("T", bound="FilterRuleList")


@_attrs_define
class FilterRuleList:
    """An account's rules, in order, and whether they are what delivery runs.

    Attributes:
        items (list[FilterRule]):
        hand_written_script (None | str | Unset): The account's active Sieve script when it was written by hand (through
            ManageSieve or
            the sieve-scripts resource): the rules are not in effect then, and cannot be changed
            until it is deactivated or deleted.
    """

    items: list[FilterRule]
    hand_written_script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        hand_written_script: None | str | Unset
        if isinstance(self.hand_written_script, Unset):
            hand_written_script = UNSET
        else:
            hand_written_script = self.hand_written_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if hand_written_script is not UNSET:
            field_dict["handWrittenScript"] = hand_written_script

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

        def _parse_hand_written_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hand_written_script = _parse_hand_written_script(d.pop("handWrittenScript", UNSET))

        filter_rule_list = cls(
            items=items,
            hand_written_script=hand_written_script,
        )

        filter_rule_list.additional_properties = d
        return filter_rule_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
