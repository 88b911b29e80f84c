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
    from ..models.email_forwarding import EmailForwarding
    from ..models.size_limit import SizeLimit
    from ..models.user_right import UserRight


T = TypeVar("T", bound="RpcUserPattern")


@_attrs_define
class RpcUserPattern:
    """The members of a user that `create` and `set` accept; `set` applies those present.

    Attributes:
        description (None | str | Unset):
        disk_size_limit (None | SizeLimit | Unset):
        domain_id (None | Unset | UUID):
        email_addresses (list[str] | None | Unset):
        email_forwarding (EmailForwarding | None | Unset):
        external_id (None | str | Unset):
        full_name (None | str | Unset):
        groups (list[UUID] | None | Unset): Postbay: groups to join at creation.
        has_domain_restriction (bool | None | Unset):
        is_enabled (bool | None | Unset):
        item_limit (CountLimit | None | Unset):
        login_name (None | str | Unset): Required for create; cannot be changed by set.
        out_message_limit (None | SizeLimit | Unset):
        password (None | str | Unset): Write-only.
        password_hash (None | str | Unset): Postbay: an Argon2 PHC hash instead of a password, for migrations. Write-
            only.
        publish_in_gal (bool | None | Unset):
        role (None | Unset | UserRight):
        status (None | Status | Unset):
        status_reason (None | StatusReason | Unset):
        template_id (None | Unset | UUID):
    """

    description: None | str | Unset = UNSET
    disk_size_limit: None | SizeLimit | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    email_addresses: list[str] | None | Unset = UNSET
    email_forwarding: EmailForwarding | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    groups: list[UUID] | None | Unset = UNSET
    has_domain_restriction: bool | None | Unset = UNSET
    is_enabled: bool | None | Unset = UNSET
    item_limit: CountLimit | None | Unset = UNSET
    login_name: None | str | Unset = UNSET
    out_message_limit: None | SizeLimit | Unset = UNSET
    password: None | str | Unset = UNSET
    password_hash: None | str | Unset = UNSET
    publish_in_gal: bool | None | Unset = UNSET
    role: None | Unset | UserRight = UNSET
    status: None | Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    template_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.email_forwarding import EmailForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415
        from ..models.user_right import UserRight  # noqa: PLC0415

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        disk_size_limit: dict[str, Any] | None | Unset
        if isinstance(self.disk_size_limit, Unset):
            disk_size_limit = UNSET
        elif isinstance(self.disk_size_limit, SizeLimit):
            disk_size_limit = self.disk_size_limit.to_dict()
        else:
            disk_size_limit = self.disk_size_limit

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        email_addresses: list[str] | None | Unset
        if isinstance(self.email_addresses, Unset):
            email_addresses = UNSET
        elif isinstance(self.email_addresses, list):
            email_addresses = self.email_addresses

        else:
            email_addresses = self.email_addresses

        email_forwarding: dict[str, Any] | None | Unset
        if isinstance(self.email_forwarding, Unset):
            email_forwarding = UNSET
        elif isinstance(self.email_forwarding, EmailForwarding):
            email_forwarding = self.email_forwarding.to_dict()
        else:
            email_forwarding = self.email_forwarding

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = str(groups_type_0_item_data)
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        has_domain_restriction: bool | None | Unset
        if isinstance(self.has_domain_restriction, Unset):
            has_domain_restriction = UNSET
        else:
            has_domain_restriction = self.has_domain_restriction

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        item_limit: dict[str, Any] | None | Unset
        if isinstance(self.item_limit, Unset):
            item_limit = UNSET
        elif isinstance(self.item_limit, CountLimit):
            item_limit = self.item_limit.to_dict()
        else:
            item_limit = self.item_limit

        login_name: None | str | Unset
        if isinstance(self.login_name, Unset):
            login_name = UNSET
        else:
            login_name = self.login_name

        out_message_limit: dict[str, Any] | None | Unset
        if isinstance(self.out_message_limit, Unset):
            out_message_limit = UNSET
        elif isinstance(self.out_message_limit, SizeLimit):
            out_message_limit = self.out_message_limit.to_dict()
        else:
            out_message_limit = self.out_message_limit

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        password_hash: None | str | Unset
        if isinstance(self.password_hash, Unset):
            password_hash = UNSET
        else:
            password_hash = self.password_hash

        publish_in_gal: bool | None | Unset
        if isinstance(self.publish_in_gal, Unset):
            publish_in_gal = UNSET
        else:
            publish_in_gal = self.publish_in_gal

        role: dict[str, Any] | None | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRight):
            role = self.role.to_dict()
        else:
            role = self.role

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

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if disk_size_limit is not UNSET:
            field_dict["diskSizeLimit"] = disk_size_limit
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if email_addresses is not UNSET:
            field_dict["emailAddresses"] = email_addresses
        if email_forwarding is not UNSET:
            field_dict["emailForwarding"] = email_forwarding
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if has_domain_restriction is not UNSET:
            field_dict["hasDomainRestriction"] = has_domain_restriction
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if item_limit is not UNSET:
            field_dict["itemLimit"] = item_limit
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if out_message_limit is not UNSET:
            field_dict["outMessageLimit"] = out_message_limit
        if password is not UNSET:
            field_dict["password"] = password
        if password_hash is not UNSET:
            field_dict["passwordHash"] = password_hash
        if publish_in_gal is not UNSET:
            field_dict["publishInGal"] = publish_in_gal
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_limit import CountLimit  # noqa: PLC0415
        from ..models.email_forwarding import EmailForwarding  # noqa: PLC0415
        from ..models.size_limit import SizeLimit  # noqa: PLC0415
        from ..models.user_right import UserRight  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_disk_size_limit(data: object) -> None | SizeLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                disk_size_limit_type_1 = SizeLimit.from_dict(data)

                return disk_size_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeLimit | Unset, data)

        disk_size_limit = _parse_disk_size_limit(d.pop("diskSizeLimit", UNSET))

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_1 = UUID(data)

                return domain_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        def _parse_email_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                email_addresses_type_0 = cast(list[str], data)

                return email_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        email_addresses = _parse_email_addresses(d.pop("emailAddresses", UNSET))

        def _parse_email_forwarding(data: object) -> EmailForwarding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_forwarding_type_1 = EmailForwarding.from_dict(data)

                return email_forwarding_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailForwarding | None | Unset, data)

        email_forwarding = _parse_email_forwarding(d.pop("emailForwarding", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_groups(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = UUID(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_has_domain_restriction(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_domain_restriction = _parse_has_domain_restriction(d.pop("hasDomainRestriction", UNSET))

        def _parse_is_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enabled = _parse_is_enabled(d.pop("isEnabled", UNSET))

        def _parse_item_limit(data: object) -> CountLimit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                item_limit_type_1 = CountLimit.from_dict(data)

                return item_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CountLimit | None | Unset, data)

        item_limit = _parse_item_limit(d.pop("itemLimit", UNSET))

        def _parse_login_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login_name = _parse_login_name(d.pop("loginName", UNSET))

        def _parse_out_message_limit(data: object) -> None | SizeLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                out_message_limit_type_1 = SizeLimit.from_dict(data)

                return out_message_limit_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SizeLimit | Unset, data)

        out_message_limit = _parse_out_message_limit(d.pop("outMessageLimit", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_password_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password_hash = _parse_password_hash(d.pop("passwordHash", UNSET))

        def _parse_publish_in_gal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish_in_gal = _parse_publish_in_gal(d.pop("publishInGal", UNSET))

        def _parse_role(data: object) -> None | Unset | UserRight:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                role_type_1 = UserRight.from_dict(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserRight, data)

        role = _parse_role(d.pop("role", UNSET))

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

        def _parse_template_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                template_id_type_1 = UUID(data)

                return template_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        template_id = _parse_template_id(d.pop("templateId", UNSET))

        rpc_user_pattern = cls(
            description=description,
            disk_size_limit=disk_size_limit,
            domain_id=domain_id,
            email_addresses=email_addresses,
            email_forwarding=email_forwarding,
            external_id=external_id,
            full_name=full_name,
            groups=groups,
            has_domain_restriction=has_domain_restriction,
            is_enabled=is_enabled,
            item_limit=item_limit,
            login_name=login_name,
            out_message_limit=out_message_limit,
            password=password,
            password_hash=password_hash,
            publish_in_gal=publish_in_gal,
            role=role,
            status=status,
            status_reason=status_reason,
            template_id=template_id,
        )

        return rpc_user_pattern
