from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.scheduled_event_input import ScheduledEventInput


T = TypeVar("T", bound="ScheduledEventSetParams")


@_attrs_define
class ScheduledEventSetParams:
    """
    Attributes:
        event (ScheduledEventInput):
        id (UUID): A scheduled event (a flush of the queue, ETRN, a collection, at its times).
    """

    event: ScheduledEventInput
    id: UUID

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduled_event_input import ScheduledEventInput  # noqa: PLC0415

        d = dict(src_dict)
        event = ScheduledEventInput.from_dict(d.pop("event"))

        id = UUID(d.pop("id"))

        scheduled_event_set_params = cls(
            event=event,
            id=id,
        )

        return scheduled_event_set_params
