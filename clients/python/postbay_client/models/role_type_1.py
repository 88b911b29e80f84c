from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_type_1_kind import RoleType1Kind

T = TypeVar("T", bound="RoleType1")


@_attrs_define
class RoleType1:
    """A tenant and everything below it.

    Attributes:
        kind (RoleType1Kind):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
    """

    kind: RoleType1Kind
    tenant_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        tenant_id = str(self.tenant_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RoleType1Kind(d.pop("kind"))

        tenant_id = UUID(d.pop("tenantId"))

        role_type_1 = cls(
            kind=kind,
            tenant_id=tenant_id,
        )

        role_type_1.additional_properties = d
        return role_type_1

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
