from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_sorting_rule import NewSortingRule


T = TypeVar("T", bound="SortingRuleCreateParams")


@_attrs_define
class SortingRuleCreateParams:
    """
    Attributes:
        account_id (UUID): A remote POP3 mailbox the server collects mail from.
        rule (NewSortingRule):
    """

    account_id: UUID
    rule: NewSortingRule

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_sorting_rule import NewSortingRule  # noqa: PLC0415

        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        rule = NewSortingRule.from_dict(d.pop("rule"))

        sorting_rule_create_params = cls(
            account_id=account_id,
            rule=rule,
        )

        return sorting_rule_create_params
