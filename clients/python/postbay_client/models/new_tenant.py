from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.status import Status
from ..models.status_reason import StatusReason
from ..models.tenant_kind import TenantKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_limits import TenantLimits


T = TypeVar("T", bound="NewTenant")


@_attrs_define
class NewTenant:
    """
    Attributes:
        kind (TenantKind):
        name (str):
        external_id (None | str | Unset):
        limits (TenantLimits | Unset): Limits of a tenant's whole subtree. Null (or 0 on input) means unlimited.
        parent_id (None | Unset | UUID):
        plan_id (None | Unset | UUID):
        status (Status | Unset):
        status_reason (None | StatusReason | Unset):
    """

    kind: TenantKind
    name: str
    external_id: None | str | Unset = UNSET
    limits: TenantLimits | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    plan_id: None | Unset | UUID = UNSET
    status: Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        elif isinstance(self.status_reason, StatusReason):
            status_reason = self.status_reason.value
        else:
            status_reason = self.status_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tenant_limits import TenantLimits  # noqa: PLC0415

        d = dict(src_dict)
        kind = TenantKind(d.pop("kind"))

        name = d.pop("name")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _limits = d.pop("limits", UNSET)
        limits: TenantLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = TenantLimits.from_dict(_limits)

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

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status(_status)

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

        new_tenant = cls(
            kind=kind,
            name=name,
            external_id=external_id,
            limits=limits,
            parent_id=parent_id,
            plan_id=plan_id,
            status=status,
            status_reason=status_reason,
        )

        return new_tenant
