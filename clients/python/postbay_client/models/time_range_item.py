from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.time_range_kind import TimeRangeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeRangeItem")


@_attrs_define
class TimeRangeItem:
    """One part of a time range.

    Attributes:
        from_ (str):
        kind (TimeRangeKind): How one part of a time range is read.
        to (str):
        days (list[str] | Unset): Daily only: the weekdays it applies on (`mon`..`sun`); every day when empty.
    """

    from_: str
    kind: TimeRangeKind
    to: str
    days: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        kind = self.kind.value

        to = self.to

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "kind": kind,
                "to": to,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        kind = TimeRangeKind(d.pop("kind"))

        to = d.pop("to")

        days = cast(list[str], d.pop("days", UNSET))

        time_range_item = cls(
            from_=from_,
            kind=kind,
            to=to,
            days=days,
        )

        return time_range_item
