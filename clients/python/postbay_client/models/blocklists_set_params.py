from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.blocklist_update import BlocklistUpdate


T = TypeVar("T", bound="BlocklistsSetParams")


@_attrs_define
class BlocklistsSetParams:
    """
    Attributes:
        blocklist_id (UUID): A DNS blocklist the spam filter asks.
        pattern (BlocklistUpdate): Changes to a blocklist; what is left out stays.
    """

    blocklist_id: UUID
    pattern: BlocklistUpdate

    def to_dict(self) -> dict[str, Any]:
        blocklist_id = str(self.blocklist_id)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blocklistId": blocklist_id,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.blocklist_update import BlocklistUpdate  # noqa: PLC0415

        d = dict(src_dict)
        blocklist_id = UUID(d.pop("blocklistId"))

        pattern = BlocklistUpdate.from_dict(d.pop("pattern"))

        blocklists_set_params = cls(
            blocklist_id=blocklist_id,
            pattern=pattern,
        )

        return blocklists_set_params
