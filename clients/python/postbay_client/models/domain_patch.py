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


T = TypeVar("T", bound="DomainPatch")


@_attrs_define
class DomainPatch:
    """
    Attributes:
        description (None | str | Unset):
        external_id (None | str | Unset):
        limits (DomainLimits | None | Unset):
        mail (DomainMailSettings | None | Unset):
        plan_id (None | Unset | UUID):
        status (None | Status | Unset):
        status_reason (None | StatusReason | Unset):
    """

    description: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    limits: DomainLimits | None | Unset = UNSET
    mail: DomainMailSettings | None | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    status: None | Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_limits import DomainLimits  # noqa: PLC0415
        from ..models.domain_mail_settings import DomainMailSettings  # noqa: PLC0415

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, DomainLimits):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        mail: dict[str, Any] | None | Unset
        if isinstance(self.mail, Unset):
            mail = UNSET
        elif isinstance(self.mail, DomainMailSettings):
            mail = self.mail.to_dict()
        else:
            mail = self.mail

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Status):
            status = self.status.value
        else:
            status = self.status

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        elif isinstance(self.status_reason, StatusReason):
            status_reason = self.status_reason.value
        else:
            status_reason = self.status_reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_limits import DomainLimits  # noqa: PLC0415
        from ..models.domain_mail_settings import DomainMailSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_limits(data: object) -> DomainLimits | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_1 = DomainLimits.from_dict(data)

                return limits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainLimits | None | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))

        def _parse_mail(data: object) -> DomainMailSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mail_type_1 = DomainMailSettings.from_dict(data)

                return mail_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainMailSettings | None | Unset, data)

        mail = _parse_mail(d.pop("mail", UNSET))

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

        def _parse_status(data: object) -> None | Status | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = Status(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Status | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        domain_patch = cls(
            description=description,
            external_id=external_id,
            limits=limits,
            mail=mail,
            plan_id=plan_id,
            status=status,
            status_reason=status_reason,
        )

        return domain_patch
