from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tenant_patch import TenantPatch


T = TypeVar("T", bound="TenantsSetParams")


@_attrs_define
class TenantsSetParams:
    """
    Attributes:
        pattern (TenantPatch):
        tenant_ids (list[UUID]):
    """

    pattern: TenantPatch
    tenant_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        tenant_ids = []
        for tenant_ids_item_data in self.tenant_ids:
            tenant_ids_item = str(tenant_ids_item_data)
            tenant_ids.append(tenant_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "tenantIds": tenant_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_patch import TenantPatch  # noqa: PLC0415

        d = dict(src_dict)
        pattern = TenantPatch.from_dict(d.pop("pattern"))

        tenant_ids = []
        _tenant_ids = d.pop("tenantIds")
        for tenant_ids_item_data in _tenant_ids:
            tenant_ids_item = UUID(tenant_ids_item_data)

            tenant_ids.append(tenant_ids_item)

        tenants_set_params = cls(
            pattern=pattern,
            tenant_ids=tenant_ids,
        )

        return tenants_set_params
