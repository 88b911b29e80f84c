from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SortingRulesGetParams")


@_attrs_define
class SortingRulesGetParams:
    """
    Attributes:
        account_id (UUID): A remote POP3 mailbox the server collects mail from.
    """

    account_id: UUID

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accountId": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        sorting_rules_get_params = cls(
            account_id=account_id,
        )

        return sorting_rules_get_params
