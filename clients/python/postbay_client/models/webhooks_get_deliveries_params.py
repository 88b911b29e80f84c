from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.delivery_state import DeliveryState
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhooksGetDeliveriesParams")


@_attrs_define
class WebhooksGetDeliveriesParams:
    """
    Attributes:
        id (UUID): A webhook subscription.
        cursor (None | str | Unset): The previous page's `nextCursor`.
        limit (int | None | Unset): Deliveries per page, 1 to 1000 (default 100).
        state (DeliveryState | None | Unset):
    """

    id: UUID
    cursor: None | str | Unset = UNSET
    limit: int | None | Unset = UNSET
    state: DeliveryState | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, DeliveryState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if limit is not UNSET:
            field_dict["limit"] = limit
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.pop("cursor", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        def _parse_state(data: object) -> DeliveryState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = DeliveryState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryState | None | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        webhooks_get_deliveries_params = cls(
            id=id,
            cursor=cursor,
            limit=limit,
            state=state,
        )

        return webhooks_get_deliveries_params
