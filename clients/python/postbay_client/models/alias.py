from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Alias")


@_attrs_define
class Alias:
    """
    Attributes:
        created_at (datetime.datetime):
        description (str):
        domain_id (UUID): A mail domain.
        id (UUID): One alias row (pattern -> target).
        name (str): Local part or pattern (`*` any run, `?` one character).
        target (str): Full address the alias delivers to (local account or group, or external).
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    description: str
    domain_id: UUID
    id: UUID
    name: str
    target: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        description = self.description

        domain_id = str(self.domain_id)

        id = str(self.id)

        name = self.name

        target = self.target

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "description": description,
                "domainId": domain_id,
                "id": id,
                "name": name,
                "target": target,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        domain_id = UUID(d.pop("domainId"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        target = d.pop("target")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        alias = cls(
            created_at=created_at,
            description=description,
            domain_id=domain_id,
            id=id,
            name=name,
            target=target,
            updated_at=updated_at,
        )

        alias.additional_properties = d
        return alias

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
