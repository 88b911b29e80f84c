from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_state import RecipientState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_attempt import QueueAttempt


T = TypeVar("T", bound="QueueRecipient")


@_attrs_define
class QueueRecipient:
    """A recipient of a queued message.

    Attributes:
        address (str):
        attempts (int):
        next_attempt_at (datetime.datetime):
        state (RecipientState): Where a recipient stands.
        history (list[QueueAttempt] | Unset): Every attempt, oldest first (only in `getQueueEntry`).
        last_attempt_at (datetime.datetime | None | Unset):
        last_reply (None | str | Unset):
        remote_host (None | str | Unset):
    """

    address: str
    attempts: int
    next_attempt_at: datetime.datetime
    state: RecipientState
    history: list[QueueAttempt] | Unset = UNSET
    last_attempt_at: datetime.datetime | None | Unset = UNSET
    last_reply: None | str | Unset = UNSET
    remote_host: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        attempts = self.attempts

        next_attempt_at = self.next_attempt_at.isoformat()

        state = self.state.value

        history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = []
            for history_item_data in self.history:
                history_item = history_item_data.to_dict()
                history.append(history_item)

        last_attempt_at: None | str | Unset
        if isinstance(self.last_attempt_at, Unset):
            last_attempt_at = UNSET
        elif isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        last_reply: None | str | Unset
        if isinstance(self.last_reply, Unset):
            last_reply = UNSET
        else:
            last_reply = self.last_reply

        remote_host: None | str | Unset
        if isinstance(self.remote_host, Unset):
            remote_host = UNSET
        else:
            remote_host = self.remote_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "attempts": attempts,
                "nextAttemptAt": next_attempt_at,
                "state": state,
            }
        )
        if history is not UNSET:
            field_dict["history"] = history
        if last_attempt_at is not UNSET:
            field_dict["lastAttemptAt"] = last_attempt_at
        if last_reply is not UNSET:
            field_dict["lastReply"] = last_reply
        if remote_host is not UNSET:
            field_dict["remoteHost"] = remote_host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_attempt import QueueAttempt  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        attempts = d.pop("attempts")

        next_attempt_at = datetime.datetime.fromisoformat(d.pop("nextAttemptAt"))

        state = RecipientState(d.pop("state"))

        _history = d.pop("history", UNSET)
        history: list[QueueAttempt] | Unset = UNSET
        if _history is not UNSET:
            history = []
            for history_item_data in _history:
                history_item = QueueAttempt.from_dict(history_item_data)

                history.append(history_item)

        def _parse_last_attempt_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("lastAttemptAt", UNSET))

        def _parse_last_reply(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_reply = _parse_last_reply(d.pop("lastReply", UNSET))

        def _parse_remote_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_host = _parse_remote_host(d.pop("remoteHost", UNSET))

        queue_recipient = cls(
            address=address,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            state=state,
            history=history,
            last_attempt_at=last_attempt_at,
            last_reply=last_reply,
            remote_host=remote_host,
        )

        queue_recipient.additional_properties = d
        return queue_recipient

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
