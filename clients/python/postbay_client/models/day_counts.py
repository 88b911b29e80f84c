from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.day_counts_counts import DayCountsCounts


T = TypeVar("T", bound="DayCounts")


@_attrs_define
class DayCounts:
    """One day's counters, by name.

    Attributes:
        counts (DayCountsCounts):
        day (datetime.date):
    """

    counts: DayCountsCounts
    day: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counts = self.counts.to_dict()

        day = self.day.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
                "day": day,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_counts_counts import DayCountsCounts  # noqa: PLC0415

        d = dict(src_dict)
        counts = DayCountsCounts.from_dict(d.pop("counts"))

        day = datetime.date.fromisoformat(d.pop("day"))

        day_counts = cls(
            counts=counts,
            day=day,
        )

        day_counts.additional_properties = d
        return day_counts

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
