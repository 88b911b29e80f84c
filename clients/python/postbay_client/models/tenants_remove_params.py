from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantsRemoveParams")


@_attrs_define
class TenantsRemoveParams:
    """
    Attributes:
        tenant_ids (list[UUID]):
        cascade (bool | Unset): Postbay: also remove the tenants and domains below (with everything in them).
            Without it a tenant that has any is not removed (`has_tenants`, `has_domains`).
        purge (bool | Unset): Postbay: purge at once instead of keeping the tenants pending deletion for the grace
            period (server and tenant administrators only).
    """

    tenant_ids: list[UUID]
    cascade: bool | Unset = UNSET
    purge: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tenant_ids = []
        for tenant_ids_item_data in self.tenant_ids:
            tenant_ids_item = str(tenant_ids_item_data)
            tenant_ids.append(tenant_ids_item)

        cascade = self.cascade

        purge = self.purge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tenantIds": tenant_ids,
            }
        )
        if cascade is not UNSET:
            field_dict["cascade"] = cascade
        if purge is not UNSET:
            field_dict["purge"] = purge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_ids = []
        _tenant_ids = d.pop("tenantIds")
        for tenant_ids_item_data in _tenant_ids:
            tenant_ids_item = UUID(tenant_ids_item_data)

            tenant_ids.append(tenant_ids_item)

        cascade = d.pop("cascade", UNSET)

        purge = d.pop("purge", UNSET)

        tenants_remove_params = cls(
            tenant_ids=tenant_ids,
            cascade=cascade,
            purge=purge,
        )

        return tenants_remove_params
