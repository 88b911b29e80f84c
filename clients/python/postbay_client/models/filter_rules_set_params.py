from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.filter_rule import FilterRule


T = TypeVar("T", bound="FilterRulesSetParams")


@_attrs_define
class FilterRulesSetParams:
    """
    Attributes:
        rules (list[FilterRule]):
        user_id (UUID): A user account (mailbox).
    """

    rules: list[FilterRule]
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rules": rules,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_rule import FilterRule  # noqa: PLC0415

        d = dict(src_dict)
        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = FilterRule.from_dict(rules_item_data)

            rules.append(rules_item)

        user_id = UUID(d.pop("userId"))

        filter_rules_set_params = cls(
            rules=rules,
            user_id=user_id,
        )

        return filter_rules_set_params
