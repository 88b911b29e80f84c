from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.admin_role import AdminRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewGroup")


@_attrs_define
class NewGroup:
    """
    Attributes:
        name (str):
        addresses (list[str] | Unset):
        admin_role (AdminRole | Unset): Server administration right of an account or group.
        description (str | Unset):
        domain_admin (bool | Unset):
        local_only (bool | Unset):
        members (list[UUID] | Unset):
        publish_in_address_list (bool | Unset):
    """

    name: str
    addresses: list[str] | Unset = UNSET
    admin_role: AdminRole | Unset = UNSET
    description: str | Unset = UNSET
    domain_admin: bool | Unset = UNSET
    local_only: bool | Unset = UNSET
    members: list[UUID] | Unset = UNSET
    publish_in_address_list: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        admin_role: str | Unset = UNSET
        if not isinstance(self.admin_role, Unset):
            admin_role = self.admin_role.value

        description = self.description

        domain_admin = self.domain_admin

        local_only = self.local_only

        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = str(members_item_data)
                members.append(members_item)

        publish_in_address_list = self.publish_in_address_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
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
        if local_only is not UNSET:
            field_dict["localOnly"] = local_only
        if members is not UNSET:
            field_dict["members"] = members
        if publish_in_address_list is not UNSET:
            field_dict["publishInAddressList"] = publish_in_address_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        addresses = cast(list[str], d.pop("addresses", UNSET))

        _admin_role = d.pop("adminRole", UNSET)
        admin_role: AdminRole | Unset
        if isinstance(_admin_role, Unset):
            admin_role = UNSET
        else:
            admin_role = AdminRole(_admin_role)

        description = d.pop("description", UNSET)

        domain_admin = d.pop("domainAdmin", UNSET)

        local_only = d.pop("localOnly", UNSET)

        _members = d.pop("members", UNSET)
        members: list[UUID] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = UUID(members_item_data)

                members.append(members_item)

        publish_in_address_list = d.pop("publishInAddressList", UNSET)

        new_group = cls(
            name=name,
            addresses=addresses,
            admin_role=admin_role,
            description=description,
            domain_admin=domain_admin,
            local_only=local_only,
            members=members,
            publish_in_address_list=publish_in_address_list,
        )

        return new_group
