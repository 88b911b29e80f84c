from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_range_item import TimeRangeItem


T = TypeVar("T", bound="TimeRange")


@_attrs_define
class TimeRange:
    """A named set of times: valid when (any daily or weekly part holds, or there are none) and
    (any absolute part holds, or there are none).

        Attributes:
            description (str):
            id (UUID): A time range of the scheduler.
            items (list[TimeRangeItem]):
            name (str):
            time_zone (str): The time zone its daily and weekly parts are read in (IANA name; default `UTC`). Example:
                Europe/Prague.
    """

    description: str
    id: UUID
    items: list[TimeRangeItem]
    name: str
    time_zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = str(self.id)

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        name = self.name

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "items": items,
                "name": name,
                "timeZone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_range_item import TimeRangeItem  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        id = UUID(d.pop("id"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = TimeRangeItem.from_dict(items_item_data)

            items.append(items_item)

        name = d.pop("name")

        time_zone = d.pop("timeZone")

        time_range = cls(
            description=description,
            id=id,
            items=items,
            name=name,
            time_zone=time_zone,
        )

        time_range.additional_properties = d
        return time_range

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
