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
    from ..models.name_warning import NameWarning
    from ..models.rpc_footer import RpcFooter
    from ..models.rpc_forwarding import RpcForwarding
    from ..models.size_limit import SizeLimit


T = TypeVar("T", bound="RpcDomain")


@_attrs_define
class RpcDomain:
    """A domain as Kerio's `Domains` interface shows it, with Postbay's tenant, limits and usage.

    Attributes:
        admins_may_search_mail (bool): The domain's administrators may search its users' mail (Users.searchMessages).
        alias_count (int):
        alias_list (list[str]): Domain aliases (other names of the domain).
        alias_max_count (CountLimit): A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).
        consumed_size (ByteValue): A size with its unit (Kerio's `ByteValueWithUnits`).
        created_at (datetime.datetime):
        default_disk_size_limit (SizeLimit): A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
        description (str):
        footer (RpcFooter): Kerio's `DomainFooter`: plain text only, so `isHtml` is always false.
        forwarding_options (RpcForwarding): Kerio's `forwardingOptions`: when enabled, mail for addresses unknown here
            goes to
            `host:port` — at once (`Online`), on ETRN (`OfflineEtrn`) or on schedule
            (`OfflineScheduler`).
        group_count (int):
        id (UUID): A mail domain.
        insert_x_envelope_to (bool): Copies delivered through a pattern alias or the catch-all get `X-Envelope-To`.
        is_enabled (bool):
        is_primary (bool):
        max_disk_size_limit (SizeLimit): A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
        name (str): A-label form, lower case. Write-once.
        name_warnings (list[NameWarning]): Why the name may mislead its readers (Unicode TS #39), as REST's
            `nameWarnings`.
        outgoing_message_limit (SizeLimit): A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
        status (Status):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
        unicode_name (str):
        updated_at (datetime.datetime):
        user_count (int):
        user_max_count (CountLimit): A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).
        external_id (None | str | Unset):
        ip_address_bind (None | str | Unset): The server address at which bare user names log in to this domain.
        purge_after (datetime.datetime | None | Unset): Postbay: when a domain pending deletion is purged.
        status_reason (None | StatusReason | Unset):
    """

    admins_may_search_mail: bool
    alias_count: int
    alias_list: list[str]
    alias_max_count: CountLimit
    consumed_size: ByteValue
    created_at: datetime.datetime
    default_disk_size_limit: SizeLimit
    description: str
    footer: RpcFooter
    forwarding_options: RpcForwarding
    group_count: int
    id: UUID
    insert_x_envelope_to: bool
    is_enabled: bool
    is_primary: bool
    max_disk_size_limit: SizeLimit
    name: str
    name_warnings: list[NameWarning]
    outgoing_message_limit: SizeLimit
    status: Status
    tenant_id: UUID
    unicode_name: str
    updated_at: datetime.datetime
    user_count: int
    user_max_count: CountLimit
    external_id: None | str | Unset = UNSET
    ip_address_bind: None | str | Unset = UNSET
    purge_after: datetime.datetime | None | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        admins_may_search_mail = self.admins_may_search_mail

        alias_count = self.alias_count

        alias_list = self.alias_list

        alias_max_count = self.alias_max_count.to_dict()

        consumed_size = self.consumed_size.to_dict()

        created_at = self.created_at.isoformat()

        default_disk_size_limit = self.default_disk_size_limit.to_dict()

        description = self.description

        footer = self.footer.to_dict()

        forwarding_options = self.forwarding_options.to_dict()

        group_count = self.group_count

        id = str(self.id)

        insert_x_envelope_to = self.insert_x_envelope_to

        is_enabled = self.is_enabled

        is_primary = self.is_primary

        max_disk_size_limit = self.max_disk_size_limit.to_dict()

        name = self.name

        name_warnings = []
        for name_warnings_item_data in self.name_warnings:
            name_warnings_item = name_warnings_item_data.to_dict()
            name_warnings.append(name_warnings_item)

        outgoing_message_limit = self.outgoing_message_limit.to_dict()

        status = self.status.value

        tenant_id = str(self.tenant_id)

        unicode_name = self.unicode_name

        updated_at = self.updated_at.isoformat()

        user_count = self.user_count

        user_max_count = self.user_max_count.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        ip_address_bind: None | str | Unset
        if isinstance(self.ip_address_bind, Unset):
            ip_address_bind = UNSET
        else:
            ip_address_bind = self.ip_address_bind

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
                "adminsMaySearchMail": admins_may_search_mail,
                "aliasCount": alias_count,
                "aliasList": alias_list,
                "aliasMaxCount": alias_max_count,
                "consumedSize": consumed_size,
                "createdAt": created_at,
                "defaultDiskSizeLimit": default_disk_size_limit,
                "description": description,
                "footer": footer,
                "forwardingOptions": forwarding_options,
                "groupCount": group_count,
                "id": id,
                "insertXEnvelopeTo": insert_x_envelope_to,
                "isEnabled": is_enabled,
                "isPrimary": is_primary,
                "maxDiskSizeLimit": max_disk_size_limit,
                "name": name,
                "nameWarnings": name_warnings,
                "outgoingMessageLimit": outgoing_message_limit,
                "status": status,
                "tenantId": tenant_id,
                "unicodeName": unicode_name,
                "updatedAt": updated_at,
                "userCount": user_count,
                "userMaxCount": user_max_count,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if ip_address_bind is not UNSET:
            field_dict["ipAddressBind"] = ip_address_bind
        if purge_after is not UNSET:
            field_dict["purgeAfter"] = purge_after
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.byte_value import ByteValue  # noqa: PLC0415
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.name_warning import NameWarning  # noqa: PLC0415
        from ..models.rpc_footer import RpcFooter  # noqa: PLC0415
        from ..models.rpc_forwarding import RpcForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415

        d = dict(src_dict)
        admins_may_search_mail = d.pop("adminsMaySearchMail")

        alias_count = d.pop("aliasCount")

        alias_list = cast(list[str], d.pop("aliasList"))

        alias_max_count = CountLimit.from_dict(d.pop("aliasMaxCount"))

        consumed_size = ByteValue.from_dict(d.pop("consumedSize"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        default_disk_size_limit = SizeLimit.from_dict(d.pop("defaultDiskSizeLimit"))

        description = d.pop("description")

        footer = RpcFooter.from_dict(d.pop("footer"))

        forwarding_options = RpcForwarding.from_dict(d.pop("forwardingOptions"))

        group_count = d.pop("groupCount")

        id = UUID(d.pop("id"))

        insert_x_envelope_to = d.pop("insertXEnvelopeTo")

        is_enabled = d.pop("isEnabled")

        is_primary = d.pop("isPrimary")

        max_disk_size_limit = SizeLimit.from_dict(d.pop("maxDiskSizeLimit"))

        name = d.pop("name")

        name_warnings = []
        _name_warnings = d.pop("nameWarnings")
        for name_warnings_item_data in _name_warnings:
            name_warnings_item = NameWarning.from_dict(name_warnings_item_data)

            name_warnings.append(name_warnings_item)

        outgoing_message_limit = SizeLimit.from_dict(d.pop("outgoingMessageLimit"))

        status = Status(d.pop("status"))

        tenant_id = UUID(d.pop("tenantId"))

        unicode_name = d.pop("unicodeName")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        user_count = d.pop("userCount")

        user_max_count = CountLimit.from_dict(d.pop("userMaxCount"))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_ip_address_bind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address_bind = _parse_ip_address_bind(d.pop("ipAddressBind", UNSET))

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

        rpc_domain = cls(
            admins_may_search_mail=admins_may_search_mail,
            alias_count=alias_count,
            alias_list=alias_list,
            alias_max_count=alias_max_count,
            consumed_size=consumed_size,
            created_at=created_at,
            default_disk_size_limit=default_disk_size_limit,
            description=description,
            footer=footer,
            forwarding_options=forwarding_options,
            group_count=group_count,
            id=id,
            insert_x_envelope_to=insert_x_envelope_to,
            is_enabled=is_enabled,
            is_primary=is_primary,
            max_disk_size_limit=max_disk_size_limit,
            name=name,
            name_warnings=name_warnings,
            outgoing_message_limit=outgoing_message_limit,
            status=status,
            tenant_id=tenant_id,
            unicode_name=unicode_name,
            updated_at=updated_at,
            user_count=user_count,
            user_max_count=user_max_count,
            external_id=external_id,
            ip_address_bind=ip_address_bind,
            purge_after=purge_after,
            status_reason=status_reason,
        )

        rpc_domain.additional_properties = d
        return rpc_domain

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
