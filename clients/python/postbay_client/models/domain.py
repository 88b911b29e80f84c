from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..models.status_reason import StatusReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_limits import DomainLimits
    from ..models.domain_mail_settings import DomainMailSettings
    from ..models.domain_usage import DomainUsage
    from ..models.domain_verification import DomainVerification
    from ..models.name_warning import NameWarning


T = TypeVar("T", bound="Domain")


@_attrs_define
class Domain:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        domain_aliases (list[str]): Other names of this domain (delivery only).
        id (UUID): A mail domain.
        is_primary (bool):
        limits (DomainLimits): Limits of one domain. Null (or 0 on input) means unlimited; sizes are bytes.
        mail (DomainMailSettings): How mail from and to a domain is handled.
        name (str): A-label form, lower case.
        name_warnings (list[NameWarning]): Why the name may mislead its readers (a look-alike of an ASCII name, mixed
            scripts);
            empty for nearly every name.
        status (Status):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
        unicode_name (str): Unicode form, for display.
        updated_at (datetime.datetime):
        usage (DomainUsage):
        verification (DomainVerification): A domain's verification, and the record that proves it.
        external_id (None | str | Unset):
        plan_id (None | Unset | UUID):
        purge_after (datetime.datetime | None | Unset): When a domain pending deletion is purged with everything in it.
        status_reason (None | StatusReason | Unset):
    """

    created_at: datetime.datetime
    description: str
    domain_aliases: list[str]
    id: UUID
    is_primary: bool
    limits: DomainLimits
    mail: DomainMailSettings
    name: str
    name_warnings: list[NameWarning]
    status: Status
    tenant_id: UUID
    unicode_name: str
    updated_at: datetime.datetime
    usage: DomainUsage
    verification: DomainVerification
    external_id: None | str | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    purge_after: datetime.datetime | None | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        domain_aliases = self.domain_aliases

        id = str(self.id)

        is_primary = self.is_primary

        limits = self.limits.to_dict()

        mail = self.mail.to_dict()

        name = self.name

        name_warnings = []
        for name_warnings_item_data in self.name_warnings:
            name_warnings_item = name_warnings_item_data.to_dict()
            name_warnings.append(name_warnings_item)

        status = self.status.value

        tenant_id = str(self.tenant_id)

        unicode_name = self.unicode_name

        updated_at = self.updated_at.isoformat()

        usage = self.usage.to_dict()

        verification = self.verification.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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
                "description": description,
                "domainAliases": domain_aliases,
                "id": id,
                "isPrimary": is_primary,
                "limits": limits,
                "mail": mail,
                "name": name,
                "nameWarnings": name_warnings,
                "status": status,
                "tenantId": tenant_id,
                "unicodeName": unicode_name,
                "updatedAt": updated_at,
                "usage": usage,
                "verification": verification,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if purge_after is not UNSET:
            field_dict["purgeAfter"] = purge_after
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_limits import DomainLimits  # noqa: PLC0415
        from ..models.domain_mail_settings import DomainMailSettings  # noqa: PLC0415
        from ..models.domain_usage import DomainUsage  # noqa: PLC0415
        from ..models.domain_verification import DomainVerification  # noqa: PLC0415
        from ..models.name_warning import NameWarning  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        domain_aliases = cast(list[str], d.pop("domainAliases"))

        id = UUID(d.pop("id"))

        is_primary = d.pop("isPrimary")

        limits = DomainLimits.from_dict(d.pop("limits"))

        mail = DomainMailSettings.from_dict(d.pop("mail"))

        name = d.pop("name")

        name_warnings = []
        _name_warnings = d.pop("nameWarnings")
        for name_warnings_item_data in _name_warnings:
            name_warnings_item = NameWarning.from_dict(name_warnings_item_data)

            name_warnings.append(name_warnings_item)

        status = Status(d.pop("status"))

        tenant_id = UUID(d.pop("tenantId"))

        unicode_name = d.pop("unicodeName")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        usage = DomainUsage.from_dict(d.pop("usage"))

        verification = DomainVerification.from_dict(d.pop("verification"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

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

        domain = cls(
            created_at=created_at,
            description=description,
            domain_aliases=domain_aliases,
            id=id,
            is_primary=is_primary,
            limits=limits,
            mail=mail,
            name=name,
            name_warnings=name_warnings,
            status=status,
            tenant_id=tenant_id,
            unicode_name=unicode_name,
            updated_at=updated_at,
            usage=usage,
            verification=verification,
            external_id=external_id,
            plan_id=plan_id,
            purge_after=purge_after,
            status_reason=status_reason,
        )

        domain.additional_properties = d
        return domain

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
