from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.filter_rule_action_type_4_type import FilterRuleActionType4Type

T = TypeVar("T", bound="FilterRuleActionType4")


@_attrs_define
class FilterRuleActionType4:
    """Refuses it: in the SMTP session when every recipient refuses, else the sender gets a
    delivery status notification with the reason.

        Attributes:
            reason (str):
            type_ (FilterRuleActionType4Type):
    """

    reason: str
    type_: FilterRuleActionType4Type
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        type_ = FilterRuleActionType4Type(d.pop("type"))

        filter_rule_action_type_4 = cls(
            reason=reason,
            type_=type_,
        )

        filter_rule_action_type_4.additional_properties = d
        return filter_rule_action_type_4

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
