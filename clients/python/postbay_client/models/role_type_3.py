from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type_3_kind import RoleType3Kind

T = TypeVar("T", bound="RoleType3")


@_attrs_define
class RoleType3:
    """One account, managing itself.

    Attributes:
        account_id (UUID): A user account (mailbox).
        domain_id (UUID): A mail domain.
        kind (RoleType3Kind):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
    """

    account_id: UUID
    domain_id: UUID
    kind: RoleType3Kind
    tenant_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        domain_id = str(self.domain_id)

        kind = self.kind.value

        tenant_id = str(self.tenant_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "domainId": domain_id,
                "kind": kind,
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        domain_id = UUID(d.pop("domainId"))

        kind = RoleType3Kind(d.pop("kind"))

        tenant_id = UUID(d.pop("tenantId"))

        role_type_3 = cls(
            account_id=account_id,
            domain_id=domain_id,
            kind=kind,
            tenant_id=tenant_id,
        )

        role_type_3.additional_properties = d
        return role_type_3

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
