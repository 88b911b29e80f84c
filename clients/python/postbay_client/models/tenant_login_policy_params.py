from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantLoginPolicyParams")


@_attrs_define
class TenantLoginPolicyParams:
    """
    Attributes:
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
    """

    tenant_id: UUID

    def to_dict(self) -> dict[str, Any]:
        tenant_id = str(self.tenant_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_id = UUID(d.pop("tenantId"))

        tenant_login_policy_params = cls(
            tenant_id=tenant_id,
        )

        return tenant_login_policy_params
