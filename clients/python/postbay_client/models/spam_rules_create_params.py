from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_spam_rule import NewSpamRule


T = TypeVar("T", bound="SpamRulesCreateParams")


@_attrs_define
class SpamRulesCreateParams:
    """
    Attributes:
        rule (NewSpamRule): A rule to add.
    """

    rule: NewSpamRule

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_spam_rule import NewSpamRule  # noqa: PLC0415

        d = dict(src_dict)
        rule = NewSpamRule.from_dict(d.pop("rule"))

        spam_rules_create_params = cls(
            rule=rule,
        )

        return spam_rules_create_params
