from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..types import UNSET, Unset

T = TypeVar("T", bound="SortOrder")


@_attrs_define
class SortOrder:
    """
    Attributes:
        column_name (str):
        case_sensitive (bool | Unset): Kerio sends this; text columns always sort case-insensitively here.
        direction (Direction | Unset):
    """

    column_name: str
    case_sensitive: bool | Unset = UNSET
    direction: Direction | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        column_name = self.column_name

        case_sensitive = self.case_sensitive

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "columnName": column_name,
            }
        )
        if case_sensitive is not UNSET:
            field_dict["caseSensitive"] = case_sensitive
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column_name = d.pop("columnName")

        case_sensitive = d.pop("caseSensitive", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: Direction | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = Direction(_direction)

        sort_order = cls(
            column_name=column_name,
            case_sensitive=case_sensitive,
            direction=direction,
        )

        return sort_order
