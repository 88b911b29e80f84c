from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueStats")


@_attrs_define
class QueueStats:
    """Counters for the status page.

    Attributes:
        bytes_ (int): Their bytes.
        deferred (int):
        held (int):
        messages (int): Messages with recipients still to deliver.
        queued (int):
        sending (int):
        oldest (datetime.datetime | None | Unset): When the oldest of them was queued.
    """

    bytes_: int
    deferred: int
    held: int
    messages: int
    queued: int
    sending: int
    oldest: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        deferred = self.deferred

        held = self.held

        messages = self.messages

        queued = self.queued

        sending = self.sending

        oldest: None | str | Unset
        if isinstance(self.oldest, Unset):
            oldest = UNSET
        elif isinstance(self.oldest, datetime.datetime):
            oldest = self.oldest.isoformat()
        else:
            oldest = self.oldest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "deferred": deferred,
                "held": held,
                "messages": messages,
                "queued": queued,
                "sending": sending,
            }
        )
        if oldest is not UNSET:
            field_dict["oldest"] = oldest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        deferred = d.pop("deferred")

        held = d.pop("held")

        messages = d.pop("messages")

        queued = d.pop("queued")

        sending = d.pop("sending")

        def _parse_oldest(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oldest_type_0 = datetime.datetime.fromisoformat(data)

                return oldest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        oldest = _parse_oldest(d.pop("oldest", UNSET))

        queue_stats = cls(
            bytes_=bytes_,
            deferred=deferred,
            held=held,
            messages=messages,
            queued=queued,
            sending=sending,
            oldest=oldest,
        )

        queue_stats.additional_properties = d
        return queue_stats

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
