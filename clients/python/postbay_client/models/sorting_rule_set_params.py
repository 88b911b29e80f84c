from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sorting_rule_patch import SortingRulePatch


T = TypeVar("T", bound="SortingRuleSetParams")


@_attrs_define
class SortingRuleSetParams:
    """
    Attributes:
        account_id (UUID): A remote POP3 mailbox the server collects mail from.
        id (UUID): One sorting rule of a POP3 account.
        pattern (SortingRulePatch):
    """

    account_id: UUID
    id: UUID
    pattern: SortingRulePatch

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        id = str(self.id)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "id": id,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sorting_rule_patch import SortingRulePatch  # noqa: PLC0415

        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        id = UUID(d.pop("id"))

        pattern = SortingRulePatch.from_dict(d.pop("pattern"))

        sorting_rule_set_params = cls(
            account_id=account_id,
            id=id,
            pattern=pattern,
        )

        return sorting_rule_set_params
