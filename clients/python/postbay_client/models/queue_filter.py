from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recipient_state import RecipientState
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueFilter")


@_attrs_define
class QueueFilter:
    """Which entries a list or an action is about; every condition given must hold. Only entries
    with recipients still to deliver are in the queue.

        Attributes:
            domain (None | str | Unset): A pending recipient is in this domain.
            max_size (int | None | Unset): At most this many bytes.
            min_size (int | None | Unset): At least this many bytes.
            older_than_minutes (int | None | Unset): Queued at least this many minutes ago.
            recipient (None | str | Unset): A pending recipient starts with this (case-insensitive).
            sender (None | str | Unset): Envelope sender starts with this (case-insensitive).
            state (None | RecipientState | Unset):
    """

    domain: None | str | Unset = UNSET
    max_size: int | None | Unset = UNSET
    min_size: int | None | Unset = UNSET
    older_than_minutes: int | None | Unset = UNSET
    recipient: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    state: None | RecipientState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        max_size: int | None | Unset
        if isinstance(self.max_size, Unset):
            max_size = UNSET
        else:
            max_size = self.max_size

        min_size: int | None | Unset
        if isinstance(self.min_size, Unset):
            min_size = UNSET
        else:
            min_size = self.min_size

        older_than_minutes: int | None | Unset
        if isinstance(self.older_than_minutes, Unset):
            older_than_minutes = UNSET
        else:
            older_than_minutes = self.older_than_minutes

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, RecipientState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain is not UNSET:
            field_dict["domain"] = domain
        if max_size is not UNSET:
            field_dict["maxSize"] = max_size
        if min_size is not UNSET:
            field_dict["minSize"] = min_size
        if older_than_minutes is not UNSET:
            field_dict["olderThanMinutes"] = older_than_minutes
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sender is not UNSET:
            field_dict["sender"] = sender
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_max_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_size = _parse_max_size(d.pop("maxSize", UNSET))

        def _parse_min_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_size = _parse_min_size(d.pop("minSize", UNSET))

        def _parse_older_than_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        older_than_minutes = _parse_older_than_minutes(d.pop("olderThanMinutes", UNSET))

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_state(data: object) -> None | RecipientState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_type_1 = RecipientState(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientState | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        queue_filter = cls(
            domain=domain,
            max_size=max_size,
            min_size=min_size,
            older_than_minutes=older_than_minutes,
            recipient=recipient,
            sender=sender,
            state=state,
        )

        queue_filter.additional_properties = d
        return queue_filter

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
