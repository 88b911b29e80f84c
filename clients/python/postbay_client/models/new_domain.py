from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.status import Status
from ..models.status_reason import StatusReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_limits import DomainLimits
    from ..models.domain_mail_settings import DomainMailSettings


T = TypeVar("T", bound="NewDomain")


@_attrs_define
class NewDomain:
    """
    Attributes:
        name (str): The domain name; Unicode names are stored as A-labels.
        description (str | Unset):
        external_id (None | str | Unset):
        limits (DomainLimits | Unset): Limits of one domain. Null (or 0 on input) means unlimited; sizes are bytes.
        mail (DomainMailSettings | Unset): How mail from and to a domain is handled.
        plan_id (None | Unset | UUID):
        status (Status | Unset):
        status_reason (None | StatusReason | Unset):
        tenant_id (None | Unset | UUID):
    """

    name: str
    description: str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    limits: DomainLimits | Unset = UNSET
    mail: DomainMailSettings | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    status: Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    tenant_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail.to_dict()

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

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        elif isinstance(self.tenant_id, UUID):
            tenant_id = str(self.tenant_id)
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if limits is not UNSET:
            field_dict["limits"] = limits
        if mail is not UNSET:
            field_dict["mail"] = mail
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_limits import DomainLimits  # noqa: PLC0415
        from ..models.domain_mail_settings import DomainMailSettings  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _limits = d.pop("limits", UNSET)
        limits: DomainLimits | Unset
        if isinstance(_limits, Unset):
            limits = UNSET
        else:
            limits = DomainLimits.from_dict(_limits)

        _mail = d.pop("mail", UNSET)
        mail: DomainMailSettings | Unset
        if isinstance(_mail, Unset):
            mail = UNSET
        else:
            mail = DomainMailSettings.from_dict(_mail)

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

        def _parse_tenant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tenant_id_type_1 = UUID(data)

                return tenant_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        new_domain = cls(
            name=name,
            description=description,
            external_id=external_id,
            limits=limits,
            mail=mail,
            plan_id=plan_id,
            status=status,
            status_reason=status_reason,
            tenant_id=tenant_id,
        )

        return new_domain
