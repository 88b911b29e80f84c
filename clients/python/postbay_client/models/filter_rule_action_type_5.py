from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_rule_action_type_5_type import FilterRuleActionType5Type

T = TypeVar("T", bound="FilterRuleActionType5")


@_attrs_define
class FilterRuleActionType5:
    """Deletes it: not stored anywhere.

    Attributes:
        type_ (FilterRuleActionType5Type):
    """

    type_: FilterRuleActionType5Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = FilterRuleActionType5Type(d.pop("type"))

        filter_rule_action_type_5 = cls(
            type_=type_,
        )

        filter_rule_action_type_5.additional_properties = d
        return filter_rule_action_type_5

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
