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
    from ..models.byte_value import ByteValue
    from ..models.count_limit import CountLimit
    from ..models.email_forwarding import EmailForwarding
    from ..models.size_limit import SizeLimit
    from ..models.user_right import UserRight


T = TypeVar("T", bound="RpcUser")


@_attrs_define
class RpcUser:
    """A user (account) as Kerio's `Users` interface shows it.

    Attributes:
        consumed_items (int):
        consumed_size (ByteValue): A size with its unit (Kerio's `ByteValueWithUnits`).
        created_at (datetime.datetime):
        description (str):
        disk_size_limit (SizeLimit): A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
        domain_id (UUID): A mail domain.
        email (str): Postbay: the primary address, `loginName@domain`.
        email_addresses (list[str]): Extra local parts of the user in its domain.
        email_forwarding (EmailForwarding): Kerio's `EmailForwarding`.
        full_name (str):
        has_domain_restriction (bool): Mail only within the user's own domain.
        has_password (bool):
        id (UUID): A user account (mailbox).
        is_enabled (bool):
        item_limit (CountLimit): A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).
        login_name (str):
        out_message_limit (SizeLimit): A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
        publish_in_gal (bool):
        role (UserRight): Kerio's `UserRight`.
        status (Status):
        updated_at (datetime.datetime):
        external_id (None | str | Unset):
        purge_after (datetime.datetime | None | Unset): Postbay: when a user pending deletion is purged.
        status_reason (None | StatusReason | Unset):
        tenant_admin_of (None | Unset | UUID):
    """

    consumed_items: int
    consumed_size: ByteValue
    created_at: datetime.datetime
    description: str
    disk_size_limit: SizeLimit
    domain_id: UUID
    email: str
    email_addresses: list[str]
    email_forwarding: EmailForwarding
    full_name: str
    has_domain_restriction: bool
    has_password: bool
    id: UUID
    is_enabled: bool
    item_limit: CountLimit
    login_name: str
    out_message_limit: SizeLimit
    publish_in_gal: bool
    role: UserRight
    status: Status
    updated_at: datetime.datetime
    external_id: None | str | Unset = UNSET
    purge_after: datetime.datetime | None | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    tenant_admin_of: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumed_items = self.consumed_items

        consumed_size = self.consumed_size.to_dict()

        created_at = self.created_at.isoformat()

        description = self.description

        disk_size_limit = self.disk_size_limit.to_dict()

        domain_id = str(self.domain_id)

        email = self.email

        email_addresses = self.email_addresses

        email_forwarding = self.email_forwarding.to_dict()

        full_name = self.full_name

        has_domain_restriction = self.has_domain_restriction

        has_password = self.has_password

        id = str(self.id)

        is_enabled = self.is_enabled

        item_limit = self.item_limit.to_dict()

        login_name = self.login_name

        out_message_limit = self.out_message_limit.to_dict()

        publish_in_gal = self.publish_in_gal

        role = self.role.to_dict()

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

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
                "consumedItems": consumed_items,
                "consumedSize": consumed_size,
                "createdAt": created_at,
                "description": description,
                "diskSizeLimit": disk_size_limit,
                "domainId": domain_id,
                "email": email,
                "emailAddresses": email_addresses,
                "emailForwarding": email_forwarding,
                "fullName": full_name,
                "hasDomainRestriction": has_domain_restriction,
                "hasPassword": has_password,
                "id": id,
                "isEnabled": is_enabled,
                "itemLimit": item_limit,
                "loginName": login_name,
                "outMessageLimit": out_message_limit,
                "publishInGal": publish_in_gal,
                "role": role,
                "status": status,
                "updatedAt": updated_at,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if purge_after is not UNSET:
            field_dict["purgeAfter"] = purge_after
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if tenant_admin_of is not UNSET:
            field_dict["tenantAdminOf"] = tenant_admin_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.byte_value import ByteValue  # noqa: PLC0415
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.email_forwarding import EmailForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415
        from ..models.user_right import UserRight  # noqa: PLC0415

        d = dict(src_dict)
        consumed_items = d.pop("consumedItems")

        consumed_size = ByteValue.from_dict(d.pop("consumedSize"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        disk_size_limit = SizeLimit.from_dict(d.pop("diskSizeLimit"))

        domain_id = UUID(d.pop("domainId"))

        email = d.pop("email")

        email_addresses = cast(list[str], d.pop("emailAddresses"))

        email_forwarding = EmailForwarding.from_dict(d.pop("emailForwarding"))

        full_name = d.pop("fullName")

        has_domain_restriction = d.pop("hasDomainRestriction")

        has_password = d.pop("hasPassword")

        id = UUID(d.pop("id"))

        is_enabled = d.pop("isEnabled")

        item_limit = CountLimit.from_dict(d.pop("itemLimit"))

        login_name = d.pop("loginName")

        out_message_limit = SizeLimit.from_dict(d.pop("outMessageLimit"))

        publish_in_gal = d.pop("publishInGal")

        role = UserRight.from_dict(d.pop("role"))

        status = Status(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

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

        rpc_user = cls(
            consumed_items=consumed_items,
            consumed_size=consumed_size,
            created_at=created_at,
            description=description,
            disk_size_limit=disk_size_limit,
            domain_id=domain_id,
            email=email,
            email_addresses=email_addresses,
            email_forwarding=email_forwarding,
            full_name=full_name,
            has_domain_restriction=has_domain_restriction,
            has_password=has_password,
            id=id,
            is_enabled=is_enabled,
            item_limit=item_limit,
            login_name=login_name,
            out_message_limit=out_message_limit,
            publish_in_gal=publish_in_gal,
            role=role,
            status=status,
            updated_at=updated_at,
            external_id=external_id,
            purge_after=purge_after,
            status_reason=status_reason,
            tenant_admin_of=tenant_admin_of,
        )

        rpc_user.additional_properties = d
        return rpc_user

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
