from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="BlocklistIdParams")


@_attrs_define
class BlocklistIdParams:
    """
    Attributes:
        blocklist_id (UUID): A DNS blocklist the spam filter asks.
    """

    blocklist_id: UUID

    def to_dict(self) -> dict[str, Any]:
        blocklist_id = str(self.blocklist_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blocklistId": blocklist_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocklist_id = UUID(d.pop("blocklistId"))

        blocklist_id_params = cls(
            blocklist_id=blocklist_id,
        )

        return blocklist_id_params
