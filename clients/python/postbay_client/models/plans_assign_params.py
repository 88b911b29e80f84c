from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlansAssignParams")


@_attrs_define
class PlansAssignParams:
    """What to put on a plan (or take off one, with `planId` null): the ids of one kind.

    Attributes:
        domain_ids (list[UUID] | Unset):
        force (bool | Unset): Take a plan below what a node already uses (it then cannot grow).
        plan_id (None | Unset | UUID):
        tenant_ids (list[UUID] | Unset):
        user_ids (list[UUID] | Unset):
    """

    domain_ids: list[UUID] | Unset = UNSET
    force: bool | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    tenant_ids: list[UUID] | Unset = UNSET
    user_ids: list[UUID] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_ids: list[str] | Unset = UNSET
        if not isinstance(self.domain_ids, Unset):
            domain_ids = []
            for domain_ids_item_data in self.domain_ids:
                domain_ids_item = str(domain_ids_item_data)
                domain_ids.append(domain_ids_item)

        force = self.force

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        tenant_ids: list[str] | Unset = UNSET
        if not isinstance(self.tenant_ids, Unset):
            tenant_ids = []
            for tenant_ids_item_data in self.tenant_ids:
                tenant_ids_item = str(tenant_ids_item_data)
                tenant_ids.append(tenant_ids_item)

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = []
            for user_ids_item_data in self.user_ids:
                user_ids_item = str(user_ids_item_data)
                user_ids.append(user_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if domain_ids is not UNSET:
            field_dict["domainIds"] = domain_ids
        if force is not UNSET:
            field_dict["force"] = force
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if tenant_ids is not UNSET:
            field_dict["tenantIds"] = tenant_ids
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _domain_ids = d.pop("domainIds", UNSET)
        domain_ids: list[UUID] | Unset = UNSET
        if _domain_ids is not UNSET:
            domain_ids = []
            for domain_ids_item_data in _domain_ids:
                domain_ids_item = UUID(domain_ids_item_data)

                domain_ids.append(domain_ids_item)

        force = d.pop("force", UNSET)

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_1 = UUID(data)

                return plan_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("planId", UNSET))

        _tenant_ids = d.pop("tenantIds", UNSET)
        tenant_ids: list[UUID] | Unset = UNSET
        if _tenant_ids is not UNSET:
            tenant_ids = []
            for tenant_ids_item_data in _tenant_ids:
                tenant_ids_item = UUID(tenant_ids_item_data)

                tenant_ids.append(tenant_ids_item)

        _user_ids = d.pop("userIds", UNSET)
        user_ids: list[UUID] | Unset = UNSET
        if _user_ids is not UNSET:
            user_ids = []
            for user_ids_item_data in _user_ids:
                user_ids_item = UUID(user_ids_item_data)

                user_ids.append(user_ids_item)

        plans_assign_params = cls(
            domain_ids=domain_ids,
            force=force,
            plan_id=plan_id,
            tenant_ids=tenant_ids,
            user_ids=user_ids,
        )

        return plans_assign_params
