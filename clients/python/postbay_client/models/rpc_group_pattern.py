from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_right import UserRight


T = TypeVar("T", bound="RpcGroupPattern")


@_attrs_define
class RpcGroupPattern:
    """
    Attributes:
        description (None | str | Unset):
        domain_id (None | Unset | UUID):
        email_addresses (list[str] | None | Unset):
        has_domain_restriction (bool | None | Unset):
        members (list[UUID] | None | Unset): Create only: the first members.
        name (None | str | Unset):
        publish_in_gal (bool | None | Unset):
        role (None | Unset | UserRight):
    """

    description: None | str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    email_addresses: list[str] | None | Unset = UNSET
    has_domain_restriction: bool | None | Unset = UNSET
    members: list[UUID] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    publish_in_gal: bool | None | Unset = UNSET
    role: None | Unset | UserRight = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_right import UserRight  # noqa: PLC0415

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        has_domain_restriction: bool | None | Unset
        if isinstance(self.has_domain_restriction, Unset):
            has_domain_restriction = UNSET
        else:
            has_domain_restriction = self.has_domain_restriction

        members: list[str] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = str(members_type_0_item_data)
                members.append(members_type_0_item)

        else:
            members = self.members

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if email_addresses is not UNSET:
            field_dict["emailAddresses"] = email_addresses
        if has_domain_restriction is not UNSET:
            field_dict["hasDomainRestriction"] = has_domain_restriction
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name
        if publish_in_gal is not UNSET:
            field_dict["publishInGal"] = publish_in_gal
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_right import UserRight  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_has_domain_restriction(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_domain_restriction = _parse_has_domain_restriction(d.pop("hasDomainRestriction", UNSET))

        def _parse_members(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = UUID(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        rpc_group_pattern = cls(
            description=description,
            domain_id=domain_id,
            email_addresses=email_addresses,
            has_domain_restriction=has_domain_restriction,
            members=members,
            name=name,
            publish_in_gal=publish_in_gal,
            role=role,
        )

        return rpc_group_pattern
