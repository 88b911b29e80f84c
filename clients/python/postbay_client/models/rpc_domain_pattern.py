from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.status import Status
from ..models.status_reason import StatusReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_limit import CountLimit
    from ..models.rpc_footer import RpcFooter
    from ..models.rpc_forwarding import RpcForwarding
    from ..models.size_limit import SizeLimit


T = TypeVar("T", bound="RpcDomainPattern")


@_attrs_define
class RpcDomainPattern:
    """The members of a domain that `create` and `set` accept.

    Attributes:
        admins_may_search_mail (bool | None | Unset): Tenant and server administrators only.
        alias_max_count (CountLimit | None | Unset):
        default_disk_size_limit (None | SizeLimit | Unset):
        description (None | str | Unset):
        external_id (None | str | Unset):
        footer (None | RpcFooter | Unset):
        forwarding_options (None | RpcForwarding | Unset):
        insert_x_envelope_to (bool | None | Unset):
        ip_address_bind (None | str | Unset): The server address at which bare user names log in to this domain; ""
            unbinds.
        is_enabled (bool | None | Unset):
        max_disk_size_limit (None | SizeLimit | Unset):
        name (None | str | Unset): Required for create; cannot be changed.
        outgoing_message_limit (None | SizeLimit | Unset):
        status (None | Status | Unset):
        status_reason (None | StatusReason | Unset):
        tenant_id (None | Unset | UUID):
        user_max_count (CountLimit | None | Unset):
    """

    admins_may_search_mail: bool | None | Unset = UNSET
    alias_max_count: CountLimit | None | Unset = UNSET
    default_disk_size_limit: None | SizeLimit | Unset = UNSET
    description: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    footer: None | RpcFooter | Unset = UNSET
    forwarding_options: None | RpcForwarding | Unset = UNSET
    insert_x_envelope_to: bool | None | Unset = UNSET
    ip_address_bind: None | str | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    max_disk_size_limit: None | SizeLimit | Unset = UNSET
    name: None | str | Unset = UNSET
    outgoing_message_limit: None | SizeLimit | Unset = UNSET
    status: None | Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    tenant_id: None | Unset | UUID = UNSET
    user_max_count: CountLimit | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.rpc_footer import RpcFooter  # noqa: PLC0415
        from ..models.rpc_forwarding import RpcForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415

        admins_may_search_mail: bool | None | Unset
        if isinstance(self.admins_may_search_mail, Unset):
            admins_may_search_mail = UNSET
        else:
            admins_may_search_mail = self.admins_may_search_mail

        alias_max_count: dict[str, Any] | None | Unset
        if isinstance(self.alias_max_count, Unset):
            alias_max_count = UNSET
        elif isinstance(self.alias_max_count, CountLimit):
            alias_max_count = self.alias_max_count.to_dict()
        else:
            alias_max_count = self.alias_max_count

        default_disk_size_limit: dict[str, Any] | None | Unset
        if isinstance(self.default_disk_size_limit, Unset):
            default_disk_size_limit = UNSET
        elif isinstance(self.default_disk_size_limit, SizeLimit):
            default_disk_size_limit = self.default_disk_size_limit.to_dict()
        else:
            default_disk_size_limit = self.default_disk_size_limit

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

        footer: dict[str, Any] | None | Unset
        if isinstance(self.footer, Unset):
            footer = UNSET
        elif isinstance(self.footer, RpcFooter):
            footer = self.footer.to_dict()
        else:
            footer = self.footer

        forwarding_options: dict[str, Any] | None | Unset
        if isinstance(self.forwarding_options, Unset):
            forwarding_options = UNSET
        elif isinstance(self.forwarding_options, RpcForwarding):
            forwarding_options = self.forwarding_options.to_dict()
        else:
            forwarding_options = self.forwarding_options

        insert_x_envelope_to: bool | None | Unset
        if isinstance(self.insert_x_envelope_to, Unset):
            insert_x_envelope_to = UNSET
        else:
            insert_x_envelope_to = self.insert_x_envelope_to

        ip_address_bind: None | str | Unset
        if isinstance(self.ip_address_bind, Unset):
            ip_address_bind = UNSET
        else:
            ip_address_bind = self.ip_address_bind

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        max_disk_size_limit: dict[str, Any] | None | Unset
        if isinstance(self.max_disk_size_limit, Unset):
            max_disk_size_limit = UNSET
        elif isinstance(self.max_disk_size_limit, SizeLimit):
            max_disk_size_limit = self.max_disk_size_limit.to_dict()
        else:
            max_disk_size_limit = self.max_disk_size_limit

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        outgoing_message_limit: dict[str, Any] | None | Unset
        if isinstance(self.outgoing_message_limit, Unset):
            outgoing_message_limit = UNSET
        elif isinstance(self.outgoing_message_limit, SizeLimit):
            outgoing_message_limit = self.outgoing_message_limit.to_dict()
        else:
            outgoing_message_limit = self.outgoing_message_limit

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

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        elif isinstance(self.tenant_id, UUID):
            tenant_id = str(self.tenant_id)
        else:
            tenant_id = self.tenant_id

        user_max_count: dict[str, Any] | None | Unset
        if isinstance(self.user_max_count, Unset):
            user_max_count = UNSET
        elif isinstance(self.user_max_count, CountLimit):
            user_max_count = self.user_max_count.to_dict()
        else:
            user_max_count = self.user_max_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if admins_may_search_mail is not UNSET:
            field_dict["adminsMaySearchMail"] = admins_may_search_mail
        if alias_max_count is not UNSET:
            field_dict["aliasMaxCount"] = alias_max_count
        if default_disk_size_limit is not UNSET:
            field_dict["defaultDiskSizeLimit"] = default_disk_size_limit
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if footer is not UNSET:
            field_dict["footer"] = footer
        if forwarding_options is not UNSET:
            field_dict["forwardingOptions"] = forwarding_options
        if insert_x_envelope_to is not UNSET:
            field_dict["insertXEnvelopeTo"] = insert_x_envelope_to
        if ip_address_bind is not UNSET:
            field_dict["ipAddressBind"] = ip_address_bind
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if max_disk_size_limit is not UNSET:
            field_dict["maxDiskSizeLimit"] = max_disk_size_limit
        if name is not UNSET:
            field_dict["name"] = name
        if outgoing_message_limit is not UNSET:
            field_dict["outgoingMessageLimit"] = outgoing_message_limit
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if user_max_count is not UNSET:
            field_dict["userMaxCount"] = user_max_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.rpc_footer import RpcFooter  # noqa: PLC0415
        from ..models.rpc_forwarding import RpcForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_admins_may_search_mail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admins_may_search_mail = _parse_admins_may_search_mail(d.pop("adminsMaySearchMail", UNSET))

        def _parse_alias_max_count(data: object) -> CountLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alias_max_count_type_1 = CountLimit.from_dict(data)

                return alias_max_count_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountLimit | None | Unset, data)

        alias_max_count = _parse_alias_max_count(d.pop("aliasMaxCount", UNSET))

        def _parse_default_disk_size_limit(data: object) -> None | SizeLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_disk_size_limit_type_1 = SizeLimit.from_dict(data)

                return default_disk_size_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeLimit | Unset, data)

        default_disk_size_limit = _parse_default_disk_size_limit(d.pop("defaultDiskSizeLimit", UNSET))

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

        def _parse_footer(data: object) -> None | RpcFooter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                footer_type_1 = RpcFooter.from_dict(data)

                return footer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RpcFooter | Unset, data)

        footer = _parse_footer(d.pop("footer", UNSET))

        def _parse_forwarding_options(data: object) -> None | RpcForwarding | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forwarding_options_type_1 = RpcForwarding.from_dict(data)

                return forwarding_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RpcForwarding | Unset, data)

        forwarding_options = _parse_forwarding_options(d.pop("forwardingOptions", UNSET))

        def _parse_insert_x_envelope_to(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        insert_x_envelope_to = _parse_insert_x_envelope_to(d.pop("insertXEnvelopeTo", UNSET))

        def _parse_ip_address_bind(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address_bind = _parse_ip_address_bind(d.pop("ipAddressBind", UNSET))

        def _parse_is_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enabled = _parse_is_enabled(d.pop("isEnabled", UNSET))

        def _parse_max_disk_size_limit(data: object) -> None | SizeLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                max_disk_size_limit_type_1 = SizeLimit.from_dict(data)

                return max_disk_size_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeLimit | Unset, data)

        max_disk_size_limit = _parse_max_disk_size_limit(d.pop("maxDiskSizeLimit", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_outgoing_message_limit(data: object) -> None | SizeLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outgoing_message_limit_type_1 = SizeLimit.from_dict(data)

                return outgoing_message_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeLimit | Unset, data)

        outgoing_message_limit = _parse_outgoing_message_limit(d.pop("outgoingMessageLimit", UNSET))

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

        def _parse_user_max_count(data: object) -> CountLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_max_count_type_1 = CountLimit.from_dict(data)

                return user_max_count_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountLimit | None | Unset, data)

        user_max_count = _parse_user_max_count(d.pop("userMaxCount", UNSET))

        rpc_domain_pattern = cls(
            admins_may_search_mail=admins_may_search_mail,
            alias_max_count=alias_max_count,
            default_disk_size_limit=default_disk_size_limit,
            description=description,
            external_id=external_id,
            footer=footer,
            forwarding_options=forwarding_options,
            insert_x_envelope_to=insert_x_envelope_to,
            ip_address_bind=ip_address_bind,
            is_enabled=is_enabled,
            max_disk_size_limit=max_disk_size_limit,
            name=name,
            outgoing_message_limit=outgoing_message_limit,
            status=status,
            status_reason=status_reason,
            tenant_id=tenant_id,
            user_max_count=user_max_count,
        )

        return rpc_domain_pattern
