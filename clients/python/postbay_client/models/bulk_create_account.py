from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_account import NewAccount


T = TypeVar("T", bound="BulkCreateAccount")


@_attrs_define
class BulkCreateAccount:
    """One account to create in a bulk call.

    Attributes:
        account (NewAccount): A new account. Fields left out come from the template, if one is named, else defaults.
        domain_id (UUID): A mail domain.
    """

    account: NewAccount
    domain_id: UUID

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        domain_id = str(self.domain_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
                "domainId": domain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_account import NewAccount  # noqa: PLC0415

        d = dict(src_dict)
        account = NewAccount.from_dict(d.pop("account"))

        domain_id = UUID(d.pop("domainId"))

        bulk_create_account = cls(
            account=account,
            domain_id=domain_id,
        )

        return bulk_create_account
