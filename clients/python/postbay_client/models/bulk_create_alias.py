from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_alias import NewAlias


T = TypeVar("T", bound="BulkCreateAlias")


@_attrs_define
class BulkCreateAlias:
    """One alias to create in a bulk call.

    Attributes:
        alias (NewAlias):
        domain_id (UUID): A mail domain.
    """

    alias: NewAlias
    domain_id: UUID

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias.to_dict()

        domain_id = str(self.domain_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "alias": alias,
                "domainId": domain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_alias import NewAlias  # noqa: PLC0415

        d = dict(src_dict)
        alias = NewAlias.from_dict(d.pop("alias"))

        domain_id = UUID(d.pop("domainId"))

        bulk_create_alias = cls(
            alias=alias,
            domain_id=domain_id,
        )

        return bulk_create_alias
