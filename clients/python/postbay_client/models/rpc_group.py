from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_right import UserRight


T = TypeVar("T", bound="RpcGroup")


@_attrs_define
class RpcGroup:
    """A group as Kerio's `Groups` interface shows it.

    Attributes:
        created_at (datetime.datetime):
        description (str):
        domain_id (UUID): A mail domain.
        email_addresses (list[str]): Local parts in the group's domain that deliver to every member.
        has_domain_restriction (bool):
        id (UUID): A group of accounts.
        member_count (int):
        name (str):
        publish_in_gal (bool):
        role (UserRight): Kerio's `UserRight`.
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    description: str
    domain_id: UUID
    email_addresses: list[str]
    has_domain_restriction: bool
    id: UUID
    member_count: int
    name: str
    publish_in_gal: bool
    role: UserRight
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        domain_id = str(self.domain_id)

        email_addresses = self.email_addresses

        has_domain_restriction = self.has_domain_restriction

        id = str(self.id)

        member_count = self.member_count

        name = self.name

        publish_in_gal = self.publish_in_gal

        role = self.role.to_dict()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "domainId": domain_id,
                "emailAddresses": email_addresses,
                "hasDomainRestriction": has_domain_restriction,
                "id": id,
                "memberCount": member_count,
                "name": name,
                "publishInGal": publish_in_gal,
                "role": role,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_right import UserRight  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        domain_id = UUID(d.pop("domainId"))

        email_addresses = cast(list[str], d.pop("emailAddresses"))

        has_domain_restriction = d.pop("hasDomainRestriction")

        id = UUID(d.pop("id"))

        member_count = d.pop("memberCount")

        name = d.pop("name")

        publish_in_gal = d.pop("publishInGal")

        role = UserRight.from_dict(d.pop("role"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        rpc_group = cls(
            created_at=created_at,
            description=description,
            domain_id=domain_id,
            email_addresses=email_addresses,
            has_domain_restriction=has_domain_restriction,
            id=id,
            member_count=member_count,
            name=name,
            publish_in_gal=publish_in_gal,
            role=role,
            updated_at=updated_at,
        )

        rpc_group.additional_properties = d
        return rpc_group

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
