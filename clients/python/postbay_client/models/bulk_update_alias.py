from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.alias_patch import AliasPatch


T = TypeVar("T", bound="BulkUpdateAlias")


@_attrs_define
class BulkUpdateAlias:
    """One alias to change in a bulk call.

    Attributes:
        id (UUID): One alias row (pattern -> target).
        patch (AliasPatch):
    """

    id: UUID
    patch: AliasPatch

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        patch = self.patch.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "patch": patch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alias_patch import AliasPatch  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        patch = AliasPatch.from_dict(d.pop("patch"))

        bulk_update_alias = cls(
            id=id,
            patch=patch,
        )

        return bulk_update_alias
