from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.combining import Combining
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_condition import SearchCondition
    from ..models.sort_order import SortOrder


T = TypeVar("T", bound="SearchQuery")


@_attrs_define
class SearchQuery:
    """A search: which rows (`conditions`, `combining`), in what order, which page, which members.

    Attributes:
        combining (Combining | Unset):
        conditions (list[SearchCondition] | Unset):
        fields (list[str] | Unset): Members to return; empty or absent returns all.
        limit (int | Unset): Rows to return; -1 (the default) returns all, up to 50,000.
        order_by (list[SortOrder] | Unset):
        start (int | Unset): Rows to skip.
    """

    combining: Combining | Unset = UNSET
    conditions: list[SearchCondition] | Unset = UNSET
    fields: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    order_by: list[SortOrder] | Unset = UNSET
    start: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        combining: str | Unset = UNSET
        if not isinstance(self.combining, Unset):
            combining = self.combining.value

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        limit = self.limit

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        start = self.start

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if combining is not UNSET:
            field_dict["combining"] = combining
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if fields is not UNSET:
            field_dict["fields"] = fields
        if limit is not UNSET:
            field_dict["limit"] = limit
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_condition import SearchCondition  # noqa: PLC0415
        from ..models.sort_order import SortOrder  # noqa: PLC0415

        d = dict(src_dict)
        _combining = d.pop("combining", UNSET)
        combining: Combining | Unset
        if isinstance(_combining, Unset):
            combining = UNSET
        else:
            combining = Combining(_combining)

        _conditions = d.pop("conditions", UNSET)
        conditions: list[SearchCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = SearchCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        fields = cast(list[str], d.pop("fields", UNSET))

        limit = d.pop("limit", UNSET)

        _order_by = d.pop("orderBy", UNSET)
        order_by: list[SortOrder] | Unset = UNSET
        if _order_by is not UNSET:
            order_by = []
            for order_by_item_data in _order_by:
                order_by_item = SortOrder.from_dict(order_by_item_data)

                order_by.append(order_by_item)

        start = d.pop("start", UNSET)

        search_query = cls(
            combining=combining,
            conditions=conditions,
            fields=fields,
            limit=limit,
            order_by=order_by,
            start=start,
        )

        return search_query
