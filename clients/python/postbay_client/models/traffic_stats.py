from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.day_counts import DayCounts
    from ..models.traffic_stats_totals import TrafficStatsTotals


T = TypeVar("T", bound="TrafficStats")


@_attrs_define
class TrafficStats:
    """Mail traffic per day: `messagesIn`/`bytesIn` (received for the domain's recipients, one
    per recipient domain), `messagesOut`/`bytesOut` (accepted by remote servers, per recipient,
    for the sender's domain).

        Attributes:
            days (list[DayCounts]):
            totals (TrafficStatsTotals): The same, summed over the days.
    """

    days: list[DayCounts]
    totals: TrafficStatsTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_counts import DayCounts  # noqa: PLC0415
        from ..models.traffic_stats_totals import TrafficStatsTotals  # noqa: PLC0415

        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = DayCounts.from_dict(days_item_data)

            days.append(days_item)

        totals = TrafficStatsTotals.from_dict(d.pop("totals"))

        traffic_stats = cls(
            days=days,
            totals=totals,
        )

        traffic_stats.additional_properties = d
        return traffic_stats

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
