from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.admin_role import AdminRole
from ..models.status import Status
from ..models.status_reason import StatusReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAccount")


@_attrs_define
class NewAccount:
    """A new account. Fields left out come from the template, if one is named, else defaults.

    Attributes:
        login_name (str):
        addresses (list[str] | Unset):
        admin_role (AdminRole | None | Unset):
        description (None | str | Unset):
        domain_admin (bool | None | Unset):
        external_id (None | str | Unset):
        forward_keep_copy (bool | None | Unset):
        forward_to (list[str] | Unset):
        full_name (str | Unset):
        groups (list[UUID] | Unset): Groups (of the same domain) to join.
        local_only (bool | None | Unset):
        max_outgoing_message_size (int | None | Unset):
        password (None | str | Unset): Plain password, hashed with Argon2id. Write-only.
        password_hash (None | str | Unset): An already-hashed password (Argon2 PHC string), for migrations. Write-only.
        plan_id (None | Unset | UUID):
        publish_in_address_list (bool | None | Unset):
        quota_bytes (int | None | Unset):
        quota_messages (int | None | Unset):
        status (Status | Unset):
        status_reason (None | StatusReason | Unset):
        template_id (None | Unset | UUID):
        tenant_admin_of (None | Unset | UUID):
    """

    login_name: str
    addresses: list[str] | Unset = UNSET
    admin_role: AdminRole | None | Unset = UNSET
    description: None | str | Unset = UNSET
    domain_admin: bool | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    forward_keep_copy: bool | None | Unset = UNSET
    forward_to: list[str] | Unset = UNSET
    full_name: str | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    local_only: bool | None | Unset = UNSET
    max_outgoing_message_size: int | None | Unset = UNSET
    password: None | str | Unset = UNSET
    password_hash: None | str | Unset = UNSET
    plan_id: None | Unset | UUID = UNSET
    publish_in_address_list: bool | None | Unset = UNSET
    quota_bytes: int | None | Unset = UNSET
    quota_messages: int | None | Unset = UNSET
    status: Status | Unset = UNSET
    status_reason: None | StatusReason | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    tenant_admin_of: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        login_name = self.login_name

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        admin_role: None | str | Unset
        if isinstance(self.admin_role, Unset):
            admin_role = UNSET
        elif isinstance(self.admin_role, AdminRole):
            admin_role = self.admin_role.value
        else:
            admin_role = self.admin_role

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        domain_admin: bool | None | Unset
        if isinstance(self.domain_admin, Unset):
            domain_admin = UNSET
        else:
            domain_admin = self.domain_admin

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        forward_keep_copy: bool | None | Unset
        if isinstance(self.forward_keep_copy, Unset):
            forward_keep_copy = UNSET
        else:
            forward_keep_copy = self.forward_keep_copy

        forward_to: list[str] | Unset = UNSET
        if not isinstance(self.forward_to, Unset):
            forward_to = self.forward_to

        full_name = self.full_name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = str(groups_item_data)
                groups.append(groups_item)

        local_only: bool | None | Unset
        if isinstance(self.local_only, Unset):
            local_only = UNSET
        else:
            local_only = self.local_only

        max_outgoing_message_size: int | None | Unset
        if isinstance(self.max_outgoing_message_size, Unset):
            max_outgoing_message_size = UNSET
        else:
            max_outgoing_message_size = self.max_outgoing_message_size

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

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        publish_in_address_list: bool | None | Unset
        if isinstance(self.publish_in_address_list, Unset):
            publish_in_address_list = UNSET
        else:
            publish_in_address_list = self.publish_in_address_list

        quota_bytes: int | None | Unset
        if isinstance(self.quota_bytes, Unset):
            quota_bytes = UNSET
        else:
            quota_bytes = self.quota_bytes

        quota_messages: int | None | Unset
        if isinstance(self.quota_messages, Unset):
            quota_messages = UNSET
        else:
            quota_messages = self.quota_messages

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

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        tenant_admin_of: None | str | Unset
        if isinstance(self.tenant_admin_of, Unset):
            tenant_admin_of = UNSET
        elif isinstance(self.tenant_admin_of, UUID):
            tenant_admin_of = str(self.tenant_admin_of)
        else:
            tenant_admin_of = self.tenant_admin_of

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loginName": login_name,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if admin_role is not UNSET:
            field_dict["adminRole"] = admin_role
        if description is not UNSET:
            field_dict["description"] = description
        if domain_admin is not UNSET:
            field_dict["domainAdmin"] = domain_admin
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if forward_keep_copy is not UNSET:
            field_dict["forwardKeepCopy"] = forward_keep_copy
        if forward_to is not UNSET:
            field_dict["forwardTo"] = forward_to
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if groups is not UNSET:
            field_dict["groups"] = groups
        if local_only is not UNSET:
            field_dict["localOnly"] = local_only
        if max_outgoing_message_size is not UNSET:
            field_dict["maxOutgoingMessageSize"] = max_outgoing_message_size
        if password is not UNSET:
            field_dict["password"] = password
        if password_hash is not UNSET:
            field_dict["passwordHash"] = password_hash
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if publish_in_address_list is not UNSET:
            field_dict["publishInAddressList"] = publish_in_address_list
        if quota_bytes is not UNSET:
            field_dict["quotaBytes"] = quota_bytes
        if quota_messages is not UNSET:
            field_dict["quotaMessages"] = quota_messages
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["statusReason"] = status_reason
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if tenant_admin_of is not UNSET:
            field_dict["tenantAdminOf"] = tenant_admin_of

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_name = d.pop("loginName")

        addresses = cast(list[str], d.pop("addresses", UNSET))

        def _parse_admin_role(data: object) -> AdminRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                admin_role_type_1 = AdminRole(data)

                return admin_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminRole | None | Unset, data)

        admin_role = _parse_admin_role(d.pop("adminRole", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_domain_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        domain_admin = _parse_domain_admin(d.pop("domainAdmin", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_forward_keep_copy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        forward_keep_copy = _parse_forward_keep_copy(d.pop("forwardKeepCopy", UNSET))

        forward_to = cast(list[str], d.pop("forwardTo", UNSET))

        full_name = d.pop("fullName", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[UUID] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = UUID(groups_item_data)

                groups.append(groups_item)

        def _parse_local_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        local_only = _parse_local_only(d.pop("localOnly", UNSET))

        def _parse_max_outgoing_message_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_outgoing_message_size = _parse_max_outgoing_message_size(d.pop("maxOutgoingMessageSize", UNSET))

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

        def _parse_publish_in_address_list(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish_in_address_list = _parse_publish_in_address_list(d.pop("publishInAddressList", UNSET))

        def _parse_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_bytes = _parse_quota_bytes(d.pop("quotaBytes", UNSET))

        def _parse_quota_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_messages = _parse_quota_messages(d.pop("quotaMessages", UNSET))

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

        new_account = cls(
            login_name=login_name,
            addresses=addresses,
            admin_role=admin_role,
            description=description,
            domain_admin=domain_admin,
            external_id=external_id,
            forward_keep_copy=forward_keep_copy,
            forward_to=forward_to,
            full_name=full_name,
            groups=groups,
            local_only=local_only,
            max_outgoing_message_size=max_outgoing_message_size,
            password=password,
            password_hash=password_hash,
            plan_id=plan_id,
            publish_in_address_list=publish_in_address_list,
            quota_bytes=quota_bytes,
            quota_messages=quota_messages,
            status=status,
            status_reason=status_reason,
            template_id=template_id,
            tenant_admin_of=tenant_admin_of,
        )

        return new_account
