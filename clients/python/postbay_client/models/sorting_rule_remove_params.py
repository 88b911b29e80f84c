from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SortingRuleRemoveParams")


@_attrs_define
class SortingRuleRemoveParams:
    """
    Attributes:
        account_id (UUID): A remote POP3 mailbox the server collects mail from.
        id (UUID): One sorting rule of a POP3 account.
    """

    account_id: UUID
    id: UUID

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        id = UUID(d.pop("id"))

        sorting_rule_remove_params = cls(
            account_id=account_id,
            id=id,
        )

        return sorting_rule_remove_params
