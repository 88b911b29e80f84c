from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueAttempt")


@_attrs_define
class QueueAttempt:
    """One delivery attempt.

    Attributes:
        attempted_at (datetime.datetime):
        outcome (str): `delivered`, `deferred` or `failed`.
        reply (str): The peer's reply, or what went wrong before one came.
        remote_host (None | str | Unset):
    """

    attempted_at: datetime.datetime
    outcome: str
    reply: str
    remote_host: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted_at = self.attempted_at.isoformat()

        outcome = self.outcome

        reply = self.reply

        remote_host: None | str | Unset
        if isinstance(self.remote_host, Unset):
            remote_host = UNSET
        else:
            remote_host = self.remote_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attemptedAt": attempted_at,
                "outcome": outcome,
                "reply": reply,
            }
        )
        if remote_host is not UNSET:
            field_dict["remoteHost"] = remote_host

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted_at = datetime.datetime.fromisoformat(d.pop("attemptedAt"))

        outcome = d.pop("outcome")

        reply = d.pop("reply")

        def _parse_remote_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_host = _parse_remote_host(d.pop("remoteHost", UNSET))

        queue_attempt = cls(
            attempted_at=attempted_at,
            outcome=outcome,
            reply=reply,
            remote_host=remote_host,
        )

        queue_attempt.additional_properties = d
        return queue_attempt

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
