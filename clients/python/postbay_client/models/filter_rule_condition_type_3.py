from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_rule_condition_type_3_type import FilterRuleConditionType3Type
from ..models.filter_text_operator import FilterTextOperator

T = TypeVar("T", bound="FilterRuleConditionType3")


@_attrs_define
class FilterRuleConditionType3:
    """A To or Cc address.

    Attributes:
        operator (FilterTextOperator): How a text condition compares (`matches`: `*` any text, `?` one character).
        type_ (FilterRuleConditionType3Type):
        value (str):
    """

    operator: FilterTextOperator
    type_: FilterRuleConditionType3Type
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = self.operator.value

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        operator = FilterTextOperator(d.pop("operator"))

        type_ = FilterRuleConditionType3Type(d.pop("type"))

        value = d.pop("value")

        filter_rule_condition_type_3 = cls(
            operator=operator,
            type_=type_,
            value=value,
        )

        filter_rule_condition_type_3.additional_properties = d
        return filter_rule_condition_type_3

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
