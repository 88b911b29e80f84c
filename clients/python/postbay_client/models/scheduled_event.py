from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scheduled_action import ScheduledAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledEvent")


@_attrs_define
class ScheduledEvent:
    """A scheduled event: every N minutes or daily at a time (UTC), optionally only inside a time
    range.

        Attributes:
            actions (list[ScheduledAction]):
            description (str):
            enabled (bool):
            id (UUID): A scheduled event (a flush of the queue, ETRN, a collection, at its times).
            next_run_at (datetime.datetime):
            at (None | str | Unset): `HH:MM`, UTC.
            every_minutes (int | None | Unset):
            last_result (None | str | Unset):
            last_run_at (datetime.datetime | None | Unset):
            time_range_id (None | Unset | UUID):
    """

    actions: list[ScheduledAction]
    description: str
    enabled: bool
    id: UUID
    next_run_at: datetime.datetime
    at: None | str | Unset = UNSET
    every_minutes: int | None | Unset = UNSET
    last_result: None | str | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    time_range_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.value
            actions.append(actions_item)

        description = self.description

        enabled = self.enabled

        id = str(self.id)

        next_run_at = self.next_run_at.isoformat()

        at: None | str | Unset
        if isinstance(self.at, Unset):
            at = UNSET
        else:
            at = self.at

        every_minutes: int | None | Unset
        if isinstance(self.every_minutes, Unset):
            every_minutes = UNSET
        else:
            every_minutes = self.every_minutes

        last_result: None | str | Unset
        if isinstance(self.last_result, Unset):
            last_result = UNSET
        else:
            last_result = self.last_result

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        time_range_id: None | str | Unset
        if isinstance(self.time_range_id, Unset):
            time_range_id = UNSET
        elif isinstance(self.time_range_id, UUID):
            time_range_id = str(self.time_range_id)
        else:
            time_range_id = self.time_range_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "description": description,
                "enabled": enabled,
                "id": id,
                "nextRunAt": next_run_at,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if every_minutes is not UNSET:
            field_dict["everyMinutes"] = every_minutes
        if last_result is not UNSET:
            field_dict["lastResult"] = last_result
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
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

        description = d.pop("description")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        next_run_at = datetime.datetime.fromisoformat(d.pop("nextRunAt"))

        def _parse_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        at = _parse_at(d.pop("at", UNSET))

        def _parse_every_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        every_minutes = _parse_every_minutes(d.pop("everyMinutes", UNSET))

        def _parse_last_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_result = _parse_last_result(d.pop("lastResult", UNSET))

        def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_run_at = _parse_last_run_at(d.pop("lastRunAt", UNSET))

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

        scheduled_event = cls(
            actions=actions,
            description=description,
            enabled=enabled,
            id=id,
            next_run_at=next_run_at,
            at=at,
            every_minutes=every_minutes,
            last_result=last_result,
            last_run_at=last_run_at,
            time_range_id=time_range_id,
        )

        scheduled_event.additional_properties = d
        return scheduled_event

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
