from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.admin_role import AdminRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDefaults")


@_attrs_define
class AccountDefaults:
    """Account defaults a template carries.

    Attributes:
        admin_role (AdminRole | None | Unset):
        domain_admin (bool | None | Unset):
        forward_keep_copy (bool | None | Unset):
        local_only (bool | None | Unset):
        max_outgoing_message_size (int | None | Unset):
        publish_in_address_list (bool | None | Unset):
        quota_bytes (int | None | Unset):
        quota_messages (int | None | Unset):
    """

    admin_role: AdminRole | None | Unset = UNSET
    domain_admin: bool | None | Unset = UNSET
    forward_keep_copy: bool | None | Unset = UNSET
    local_only: bool | None | Unset = UNSET
    max_outgoing_message_size: int | None | Unset = UNSET
    publish_in_address_list: bool | None | Unset = UNSET
    quota_bytes: int | None | Unset = UNSET
    quota_messages: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        admin_role: None | str | Unset
        if isinstance(self.admin_role, Unset):
            admin_role = UNSET
        elif isinstance(self.admin_role, AdminRole):
            admin_role = self.admin_role.value
        else:
            admin_role = self.admin_role

        domain_admin: bool | None | Unset
        if isinstance(self.domain_admin, Unset):
            domain_admin = UNSET
        else:
            domain_admin = self.domain_admin

        forward_keep_copy: bool | None | Unset
        if isinstance(self.forward_keep_copy, Unset):
            forward_keep_copy = UNSET
        else:
            forward_keep_copy = self.forward_keep_copy

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if admin_role is not UNSET:
            field_dict["adminRole"] = admin_role
        if domain_admin is not UNSET:
            field_dict["domainAdmin"] = domain_admin
        if forward_keep_copy is not UNSET:
            field_dict["forwardKeepCopy"] = forward_keep_copy
        if local_only is not UNSET:
            field_dict["localOnly"] = local_only
        if max_outgoing_message_size is not UNSET:
            field_dict["maxOutgoingMessageSize"] = max_outgoing_message_size
        if publish_in_address_list is not UNSET:
            field_dict["publishInAddressList"] = publish_in_address_list
        if quota_bytes is not UNSET:
            field_dict["quotaBytes"] = quota_bytes
        if quota_messages is not UNSET:
            field_dict["quotaMessages"] = quota_messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_domain_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        domain_admin = _parse_domain_admin(d.pop("domainAdmin", UNSET))

        def _parse_forward_keep_copy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        forward_keep_copy = _parse_forward_keep_copy(d.pop("forwardKeepCopy", UNSET))

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

        account_defaults = cls(
            admin_role=admin_role,
            domain_admin=domain_admin,
            forward_keep_copy=forward_keep_copy,
            local_only=local_only,
            max_outgoing_message_size=max_outgoing_message_size,
            publish_in_address_list=publish_in_address_list,
            quota_bytes=quota_bytes,
            quota_messages=quota_messages,
        )

        return account_defaults
