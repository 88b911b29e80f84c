from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tenant_login_policy import TenantLoginPolicy


T = TypeVar("T", bound="TenantsSetLoginPolicyParams")


@_attrs_define
class TenantsSetLoginPolicyParams:
    """
    Attributes:
        policy (TenantLoginPolicy): What a tenant requires of the logins below it.
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
    """

    policy: TenantLoginPolicy
    tenant_id: UUID

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy.to_dict()

        tenant_id = str(self.tenant_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policy": policy,
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_login_policy import TenantLoginPolicy  # noqa: PLC0415

        d = dict(src_dict)
        policy = TenantLoginPolicy.from_dict(d.pop("policy"))

        tenant_id = UUID(d.pop("tenantId"))

        tenants_set_login_policy_params = cls(
            policy=policy,
            tenant_id=tenant_id,
        )

        return tenants_set_login_policy_params
