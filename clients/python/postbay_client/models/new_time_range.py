from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_range_item import TimeRangeItem


T = TypeVar("T", bound="NewTimeRange")


@_attrs_define
class NewTimeRange:
    """
    Attributes:
        items (list[TimeRangeItem]):
        name (str):
        description (str | Unset):
        time_zone (None | str | Unset): The time zone its daily and weekly parts are read in (IANA name; default `UTC`).
    """

    items: list[TimeRangeItem]
    name: str
    description: str | Unset = UNSET
    time_zone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        name = self.name

        description = self.description

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_range_item import TimeRangeItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TimeRangeItem.from_dict(items_item_data)

            items.append(items_item)

        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        new_time_range = cls(
            items=items,
            name=name,
            description=description,
            time_zone=time_zone,
        )

        return new_time_range
