from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plan_level import PlanLevel

if TYPE_CHECKING:
    from ..models.plan_limits import PlanLimits


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """A service plan.

    Attributes:
        assigned (int): How many tenants, domains or accounts are on it.
        created_at (datetime.datetime):
        description (str):
        id (UUID): A service plan: a named set of limits a tenant sells.
        level (PlanLevel): Which nodes a plan is for.
        limits (PlanLimits): A plan's limits. Each level takes its own fields (a field of another level is refused,
            `not_for_level`); an absent limit is no limit (0 for sizes and quotas).
        name (str):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
        updated_at (datetime.datetime):
    """

    assigned: int
    created_at: datetime.datetime
    description: str
    id: UUID
    level: PlanLevel
    limits: PlanLimits
    name: str
    tenant_id: UUID
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assigned = self.assigned

        created_at = self.created_at.isoformat()

        description = self.description

        id = str(self.id)

        level = self.level.value

        limits = self.limits.to_dict()

        name = self.name

        tenant_id = str(self.tenant_id)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assigned": assigned,
                "createdAt": created_at,
                "description": description,
                "id": id,
                "level": level,
                "limits": limits,
                "name": name,
                "tenantId": tenant_id,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_limits import PlanLimits  # noqa: PLC0415

        d = dict(src_dict)
        assigned = d.pop("assigned")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        id = UUID(d.pop("id"))

        level = PlanLevel(d.pop("level"))

        limits = PlanLimits.from_dict(d.pop("limits"))

        name = d.pop("name")

        tenant_id = UUID(d.pop("tenantId"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        plan = cls(
            assigned=assigned,
            created_at=created_at,
            description=description,
            id=id,
            level=level,
            limits=limits,
            name=name,
            tenant_id=tenant_id,
            updated_at=updated_at,
        )

        plan.additional_properties = d
        return plan

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
