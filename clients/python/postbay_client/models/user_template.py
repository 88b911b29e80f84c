from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_defaults import AccountDefaults


T = TypeVar("T", bound="UserTemplate")


@_attrs_define
class UserTemplate:
    """
    Attributes:
        created_at (datetime.datetime):
        defaults (AccountDefaults): Account defaults a template carries.
        description (str): Copied into the description of accounts made from the template.
        id (UUID): A user template.
        name (str):
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
        updated_at (datetime.datetime):
        domain_id (None | Unset | UUID):
    """

    created_at: datetime.datetime
    defaults: AccountDefaults
    description: str
    id: UUID
    name: str
    tenant_id: UUID
    updated_at: datetime.datetime
    domain_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        defaults = self.defaults.to_dict()

        description = self.description

        id = str(self.id)

        name = self.name

        tenant_id = str(self.tenant_id)

        updated_at = self.updated_at.isoformat()

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "defaults": defaults,
                "description": description,
                "id": id,
                "name": name,
                "tenantId": tenant_id,
                "updatedAt": updated_at,
            }
        )
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_defaults import AccountDefaults  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        defaults = AccountDefaults.from_dict(d.pop("defaults"))

        description = d.pop("description")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        tenant_id = UUID(d.pop("tenantId"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

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

        user_template = cls(
            created_at=created_at,
            defaults=defaults,
            description=description,
            id=id,
            name=name,
            tenant_id=tenant_id,
            updated_at=updated_at,
            domain_id=domain_id,
        )

        user_template.additional_properties = d
        return user_template

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
