from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.scheduled_action import ScheduledAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledEventInput")


@_attrs_define
class ScheduledEventInput:
    """
    Attributes:
        actions (list[ScheduledAction]):
        at (None | str | Unset): Daily at `HH:MM` UTC; or give `everyMinutes`.
        description (str | Unset):
        enabled (bool | Unset):
        every_minutes (int | None | Unset): Every this many minutes (1 to 10080), starting now; or give `at`.
        time_range_id (None | Unset | UUID):
    """

    actions: list[ScheduledAction]
    at: None | str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    every_minutes: int | None | Unset = UNSET
    time_range_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        else:
            at = self.at

        description = self.description

        enabled = self.enabled

        every_minutes: int | None | Unset
        if isinstance(self.every_minutes, Unset):
            every_minutes = UNSET
        else:
            every_minutes = self.every_minutes

        time_range_id: None | str | Unset
        if isinstance(self.time_range_id, Unset):
            time_range_id = UNSET
        elif isinstance(self.time_range_id, UUID):
            time_range_id = str(self.time_range_id)
        else:
            time_range_id = self.time_range_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if every_minutes is not UNSET:
            field_dict["everyMinutes"] = every_minutes
        if time_range_id is not UNSET:
            field_dict["timeRangeId"] = time_range_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ScheduledAction(actions_item_data)

            actions.append(actions_item)

        def _parse_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_every_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        every_minutes = _parse_every_minutes(d.pop("everyMinutes", UNSET))

        def _parse_time_range_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_range_id_type_1 = UUID(data)

                return time_range_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        time_range_id = _parse_time_range_id(d.pop("timeRangeId", UNSET))

        scheduled_event_input = cls(
            actions=actions,
            at=at,
            description=description,
            enabled=enabled,
            every_minutes=every_minutes,
            time_range_id=time_range_id,
        )

        return scheduled_event_input
