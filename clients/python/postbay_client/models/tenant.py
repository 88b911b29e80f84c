from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..models.status_reason import StatusReason
from ..models.tenant_kind import TenantKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_limits import TenantLimits
    from ..models.tenant_usage import TenantUsage


T = TypeVar("T", bound="Tenant")


@_attrs_define
class Tenant:
    """
    Attributes:
        created_at (datetime.datetime):
        id (UUID): A tenant: the server root, a reseller or a customer.
        kind (TenantKind):
        limits (TenantLimits): Limits of a tenant's whole subtree. Null (or 0 on input) means unlimited.
        name (str):
        status (Status):
        updated_at (datetime.datetime):
        usage (TenantUsage): What a tenant's subtree uses now.
        external_id (None | str | Unset):
        parent_id (None | Unset | UUID):
        plan_id (None | Unset | UUID):
        purge_after (datetime.datetime | None | Unset): When a tenant pending deletion is purged with everything below
            it.
        status_reason (None | StatusReason | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    kind: TenantKind
    limits: TenantLimits
    name: str
    status: Status
    updated_at: datetime.datetime
    usage: TenantUsage
    external_id: None | str | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    plan_id: None | Unset | UUID = UNSET
    purge_after: datetime.datetime | None | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        kind = self.kind.value

        limits = self.limits.to_dict()

        name = self.name

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        usage = self.usage.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        purge_after: None | str | Unset
        if isinstance(self.purge_after, Unset):
            purge_after = UNSET
        elif isinstance(self.purge_after, datetime.datetime):
            purge_after = self.purge_after.isoformat()
        else:
            purge_after = self.purge_after

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        elif isinstance(self.status_reason, StatusReason):
            status_reason = self.status_reason.value
        else:
            status_reason = self.status_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "kind": kind,
                "limits": limits,
                "name": name,
                "status": status,
                "updatedAt": updated_at,
                "usage": usage,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if purge_after is not UNSET:
            field_dict["purgeAfter"] = purge_after
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_limits import TenantLimits  # noqa: PLC0415
        from ..models.tenant_usage import TenantUsage  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        kind = TenantKind(d.pop("kind"))

        limits = TenantLimits.from_dict(d.pop("limits"))

        name = d.pop("name")

        status = Status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        usage = TenantUsage.from_dict(d.pop("usage"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_1 = UUID(data)

                return parent_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

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

        def _parse_purge_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purge_after_type_0 = datetime.datetime.fromisoformat(data)

                return purge_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purge_after = _parse_purge_after(d.pop("purgeAfter", UNSET))

        def _parse_status_reason(data: object) -> None | StatusReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_reason_type_1 = StatusReason(data)

                return status_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatusReason | Unset, data)

        status_reason = _parse_status_reason(d.pop("statusReason", UNSET))

        tenant = cls(
            created_at=created_at,
            id=id,
            kind=kind,
            limits=limits,
            name=name,
            status=status,
            updated_at=updated_at,
            usage=usage,
            external_id=external_id,
            parent_id=parent_id,
            plan_id=plan_id,
            purge_after=purge_after,
            status_reason=status_reason,
        )

        tenant.additional_properties = d
        return tenant

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
