from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.spam_rule_update import SpamRuleUpdate


T = TypeVar("T", bound="SpamRulesSetParams")


@_attrs_define
class SpamRulesSetParams:
    """
    Attributes:
        pattern (SpamRuleUpdate): Changes to a rule; what is left out stays. The list it is in does not change.
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
    """

    pattern: SpamRuleUpdate
    spam_rule_id: UUID

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        spam_rule_id = str(self.spam_rule_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "spamRuleId": spam_rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spam_rule_update import SpamRuleUpdate  # noqa: PLC0415

        d = dict(src_dict)
        pattern = SpamRuleUpdate.from_dict(d.pop("pattern"))

        spam_rule_id = UUID(d.pop("spamRuleId"))

        spam_rules_set_params = cls(
            pattern=pattern,
            spam_rule_id=spam_rule_id,
        )

        return spam_rules_set_params
