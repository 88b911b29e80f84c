from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_filter import QueueFilter


T = TypeVar("T", bound="QueueGetParams")


@_attrs_define
class QueueGetParams:
    """A page of the queue.

    Attributes:
        cursor (None | str | Unset): The previous page's `nextCursor`.
        filter_ (None | QueueFilter | Unset):
        limit (int | None | Unset): Entries per page, 1 to 1000 (default 100).
    """

    cursor: None | str | Unset = UNSET
    filter_: None | QueueFilter | Unset = UNSET
    limit: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, QueueFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_filter import QueueFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_filter_(data: object) -> None | QueueFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_1 = QueueFilter.from_dict(data)

                return filter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QueueFilter | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        queue_get_params = cls(
            cursor=cursor,
            filter_=filter_,
            limit=limit,
        )

        return queue_get_params
