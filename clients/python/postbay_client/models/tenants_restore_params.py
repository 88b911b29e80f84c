from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="TenantsRestoreParams")


@_attrs_define
class TenantsRestoreParams:
    """
    Attributes:
        tenant_ids (list[UUID]):
    """

    tenant_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        tenant_ids = []
        for tenant_ids_item_data in self.tenant_ids:
            tenant_ids_item = str(tenant_ids_item_data)
            tenant_ids.append(tenant_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenantIds": tenant_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_ids = []
        _tenant_ids = d.pop("tenantIds")
        for tenant_ids_item_data in _tenant_ids:
            tenant_ids_item = UUID(tenant_ids_item_data)

            tenant_ids.append(tenant_ids_item)

        tenants_restore_params = cls(
            tenant_ids=tenant_ids,
        )

        return tenants_restore_params
