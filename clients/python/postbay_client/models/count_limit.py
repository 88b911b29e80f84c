from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CountLimit")


@_attrs_define
class CountLimit:
    """A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).

    Attributes:
        is_active (bool):
        limit (int):
    """

    is_active: bool
    limit: int

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isActive": is_active,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_active = d.pop("isActive")

        limit = d.pop("limit")

        count_limit = cls(
            is_active=is_active,
            limit=limit,
        )

        return count_limit
