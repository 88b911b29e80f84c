from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.admin_role import AdminRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupPatch")


@_attrs_define
class GroupPatch:
    """
    Attributes:
        addresses (list[str] | None | Unset): Replaces the addresses.
        admin_role (AdminRole | None | Unset):
        description (None | str | Unset):
        domain_admin (bool | None | Unset):
        local_only (bool | None | Unset):
        name (None | str | Unset):
        publish_in_address_list (bool | None | Unset):
    """

    addresses: list[str] | None | Unset = UNSET
    admin_role: AdminRole | None | Unset = UNSET
    description: None | str | Unset = UNSET
    domain_admin: bool | None | Unset = UNSET
    local_only: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    publish_in_address_list: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addresses: list[str] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = self.addresses

        else:
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

        local_only: bool | None | Unset
        if isinstance(self.local_only, Unset):
            local_only = UNSET
        else:
            local_only = self.local_only

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        publish_in_address_list: bool | None | Unset
        if isinstance(self.publish_in_address_list, Unset):
            publish_in_address_list = UNSET
        else:
            publish_in_address_list = self.publish_in_address_list

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if admin_role is not UNSET:
            field_dict["adminRole"] = admin_role
        if description is not UNSET:
            field_dict["description"] = description
        if domain_admin is not UNSET:
            field_dict["domainAdmin"] = domain_admin
        if local_only is not UNSET:
            field_dict["localOnly"] = local_only
        if name is not UNSET:
            field_dict["name"] = name
        if publish_in_address_list is not UNSET:
            field_dict["publishInAddressList"] = publish_in_address_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = cast(list[str], data)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

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

        def _parse_local_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        local_only = _parse_local_only(d.pop("localOnly", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_publish_in_address_list(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        publish_in_address_list = _parse_publish_in_address_list(d.pop("publishInAddressList", UNSET))

        group_patch = cls(
            addresses=addresses,
            admin_role=admin_role,
            description=description,
            domain_admin=domain_admin,
            local_only=local_only,
            name=name,
            publish_in_address_list=publish_in_address_list,
        )

        return group_patch
