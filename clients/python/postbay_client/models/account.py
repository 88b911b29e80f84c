from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_role import AdminRole
from ..models.status import Status
from ..models.status_reason import StatusReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forwarding import Forwarding
    from ..models.mailbox_usage import MailboxUsage
    from ..models.quota import Quota


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        addresses (list[str]): Extra local parts in the account's domain.
        admin_role (AdminRole): Server administration right of an account or group.
        created_at (datetime.datetime):
        description (str):
        domain_admin (bool):
        domain_id (UUID): A mail domain.
        email (str): `loginName@domain`.
        forwarding (Forwarding):
        full_name (str):
        has_password (bool):
        id (UUID): A user account (mailbox).
        local_only (bool):
        login_name (str): The local part used to log in (case-insensitive).
        max_outgoing_message_size (int): Largest message the account may send, bytes; 0 = the domain's limit applies.
        publish_in_address_list (bool):
        quota (Quota):
        status (Status):
        updated_at (datetime.datetime):
        usage (MailboxUsage):
        external_id (None | str | Unset):
        plan_id (None | Unset | UUID):
        purge_after (datetime.datetime | None | Unset): When an account pending deletion is purged.
        status_reason (None | StatusReason | Unset):
        tenant_admin_of (None | Unset | UUID):
    """

    addresses: list[str]
    admin_role: AdminRole
    created_at: datetime.datetime
    description: str
    domain_admin: bool
    domain_id: UUID
    email: str
    forwarding: Forwarding
    full_name: str
    has_password: bool
    id: UUID
    local_only: bool
    login_name: str
    max_outgoing_message_size: int
    publish_in_address_list: bool
    quota: Quota
    status: Status
    updated_at: datetime.datetime
    usage: MailboxUsage
    external_id: None | str | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    purge_after: datetime.datetime | None | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    tenant_admin_of: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        admin_role = self.admin_role.value

        created_at = self.created_at.isoformat()

        description = self.description

        domain_admin = self.domain_admin

        domain_id = str(self.domain_id)

        email = self.email

        forwarding = self.forwarding.to_dict()

        full_name = self.full_name

        has_password = self.has_password

        id = str(self.id)

        local_only = self.local_only

        login_name = self.login_name

        max_outgoing_message_size = self.max_outgoing_message_size

        publish_in_address_list = self.publish_in_address_list

        quota = self.quota.to_dict()

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        usage = self.usage.to_dict()

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

        tenant_admin_of: None | str | Unset
        if isinstance(self.tenant_admin_of, Unset):
            tenant_admin_of = UNSET
        elif isinstance(self.tenant_admin_of, UUID):
            tenant_admin_of = str(self.tenant_admin_of)
        else:
            tenant_admin_of = self.tenant_admin_of

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "adminRole": admin_role,
                "createdAt": created_at,
                "description": description,
                "domainAdmin": domain_admin,
                "domainId": domain_id,
                "email": email,
                "forwarding": forwarding,
                "fullName": full_name,
                "hasPassword": has_password,
                "id": id,
                "localOnly": local_only,
                "loginName": login_name,
                "maxOutgoingMessageSize": max_outgoing_message_size,
                "publishInAddressList": publish_in_address_list,
                "quota": quota,
                "status": status,
                "updatedAt": updated_at,
                "usage": usage,
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
        if tenant_admin_of is not UNSET:
            field_dict["tenantAdminOf"] = tenant_admin_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forwarding import Forwarding  # noqa: PLC0415
        from ..models.mailbox_usage import MailboxUsage  # noqa: PLC0415
        from ..models.quota import Quota  # noqa: PLC0415

        d = dict(src_dict)
        addresses = cast(list[str], d.pop("addresses"))

        admin_role = AdminRole(d.pop("adminRole"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        domain_admin = d.pop("domainAdmin")

        domain_id = UUID(d.pop("domainId"))

        email = d.pop("email")

        forwarding = Forwarding.from_dict(d.pop("forwarding"))

        full_name = d.pop("fullName")

        has_password = d.pop("hasPassword")

        id = UUID(d.pop("id"))

        local_only = d.pop("localOnly")

        login_name = d.pop("loginName")

        max_outgoing_message_size = d.pop("maxOutgoingMessageSize")

        publish_in_address_list = d.pop("publishInAddressList")

        quota = Quota.from_dict(d.pop("quota"))

        status = Status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        usage = MailboxUsage.from_dict(d.pop("usage"))

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

        def _parse_tenant_admin_of(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tenant_admin_of_type_1 = UUID(data)

                return tenant_admin_of_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tenant_admin_of = _parse_tenant_admin_of(d.pop("tenantAdminOf", UNSET))

        account = cls(
            addresses=addresses,
            admin_role=admin_role,
            created_at=created_at,
            description=description,
            domain_admin=domain_admin,
            domain_id=domain_id,
            email=email,
            forwarding=forwarding,
            full_name=full_name,
            has_password=has_password,
            id=id,
            local_only=local_only,
            login_name=login_name,
            max_outgoing_message_size=max_outgoing_message_size,
            publish_in_address_list=publish_in_address_list,
            quota=quota,
            status=status,
            updated_at=updated_at,
            usage=usage,
            external_id=external_id,
            plan_id=plan_id,
            purge_after=purge_after,
            status_reason=status_reason,
            tenant_admin_of=tenant_admin_of,
        )

        account.additional_properties = d
        return account

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
