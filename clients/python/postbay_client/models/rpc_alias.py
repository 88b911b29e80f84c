from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deliver_to_type import DeliverToType

T = TypeVar("T", bound="RpcAlias")


@_attrs_define
class RpcAlias:
    """An alias as Kerio's `Aliases` interface shows it.

    Attributes:
        created_at (datetime.datetime):
        deliver_to (str): The address the alias delivers to.
        deliver_to_select (DeliverToType): What an alias delivers to. Postbay delivers to addresses only.
        description (str):
        domain_id (UUID): A mail domain.
        id (UUID): One alias row (pattern -> target).
        name (str): Local part or pattern (`*` any run, `?` one character).
        updated_at (datetime.datetime):
    """

    created_at: datetime.datetime
    deliver_to: str
    deliver_to_select: DeliverToType
    description: str
    domain_id: UUID
    id: UUID
    name: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        deliver_to = self.deliver_to

        deliver_to_select = self.deliver_to_select.value

        description = self.description

        domain_id = str(self.domain_id)

        id = str(self.id)

        name = self.name

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "deliverTo": deliver_to,
                "deliverToSelect": deliver_to_select,
                "description": description,
                "domainId": domain_id,
                "id": id,
                "name": name,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        deliver_to = d.pop("deliverTo")

        deliver_to_select = DeliverToType(d.pop("deliverToSelect"))

        description = d.pop("description")

        domain_id = UUID(d.pop("domainId"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        rpc_alias = cls(
            created_at=created_at,
            deliver_to=deliver_to,
            deliver_to_select=deliver_to_select,
            description=description,
            domain_id=domain_id,
            id=id,
            name=name,
            updated_at=updated_at,
        )

        rpc_alias.additional_properties = d
        return rpc_alias

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
