from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.admin_role import AdminRole

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """
    Attributes:
        addresses (list[str]): Local parts in the group's domain that deliver to every member.
        admin_role (AdminRole): Server administration right of an account or group.
        created_at (datetime.datetime):
        description (str):
        domain_admin (bool):
        domain_id (UUID): A mail domain.
        id (UUID): A group of accounts.
        local_only (bool):
        member_count (int):
        name (str):
        publish_in_address_list (bool):
        updated_at (datetime.datetime):
    """

    addresses: list[str]
    admin_role: AdminRole
    created_at: datetime.datetime
    description: str
    domain_admin: bool
    domain_id: UUID
    id: UUID
    local_only: bool
    member_count: int
    name: str
    publish_in_address_list: bool
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        admin_role = self.admin_role.value

        created_at = self.created_at.isoformat()

        description = self.description

        domain_admin = self.domain_admin

        domain_id = str(self.domain_id)

        id = str(self.id)

        local_only = self.local_only

        member_count = self.member_count

        name = self.name

        publish_in_address_list = self.publish_in_address_list

        updated_at = self.updated_at.isoformat()

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
                "id": id,
                "localOnly": local_only,
                "memberCount": member_count,
                "name": name,
                "publishInAddressList": publish_in_address_list,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses = cast(list[str], d.pop("addresses"))

        admin_role = AdminRole(d.pop("adminRole"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        domain_admin = d.pop("domainAdmin")

        domain_id = UUID(d.pop("domainId"))

        id = UUID(d.pop("id"))

        local_only = d.pop("localOnly")

        member_count = d.pop("memberCount")

        name = d.pop("name")

        publish_in_address_list = d.pop("publishInAddressList")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        group = cls(
            addresses=addresses,
            admin_role=admin_role,
            created_at=created_at,
            description=description,
            domain_admin=domain_admin,
            domain_id=domain_id,
            id=id,
            local_only=local_only,
            member_count=member_count,
            name=name,
            publish_in_address_list=publish_in_address_list,
            updated_at=updated_at,
        )

        group.additional_properties = d
        return group

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
