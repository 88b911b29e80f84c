from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pop3AccountStatus")


@_attrs_define
class Pop3AccountStatus:
    """How the account's runs went.

    Attributes:
        consecutive_failures (int): Runs that failed in a row; scheduled runs skip the account until `retryAfter`.
        last_bytes (int):
        last_messages (int): Messages and bytes the last run stored.
        running (bool): A process is collecting it now.
        total_bytes (int):
        total_messages (int):
        last_error (None | str | Unset): Why the last run failed; absent when it succeeded.
        last_run_at (datetime.datetime | None | Unset):
        last_success_at (datetime.datetime | None | Unset):
        retry_after (datetime.datetime | None | Unset):
    """

    consecutive_failures: int
    last_bytes: int
    last_messages: int
    running: bool
    total_bytes: int
    total_messages: int
    last_error: None | str | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    last_success_at: datetime.datetime | None | Unset = UNSET
    retry_after: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consecutive_failures = self.consecutive_failures

        last_bytes = self.last_bytes

        last_messages = self.last_messages

        running = self.running

        total_bytes = self.total_bytes

        total_messages = self.total_messages

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        last_success_at: None | str | Unset
        if isinstance(self.last_success_at, Unset):
            last_success_at = UNSET
        elif isinstance(self.last_success_at, datetime.datetime):
            last_success_at = self.last_success_at.isoformat()
        else:
            last_success_at = self.last_success_at

        retry_after: None | str | Unset
        if isinstance(self.retry_after, Unset):
            retry_after = UNSET
        elif isinstance(self.retry_after, datetime.datetime):
            retry_after = self.retry_after.isoformat()
        else:
            retry_after = self.retry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consecutiveFailures": consecutive_failures,
                "lastBytes": last_bytes,
                "lastMessages": last_messages,
                "running": running,
                "totalBytes": total_bytes,
                "totalMessages": total_messages,
            }
        )
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
        if last_success_at is not UNSET:
            field_dict["lastSuccessAt"] = last_success_at
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consecutive_failures = d.pop("consecutiveFailures")

        last_bytes = d.pop("lastBytes")

        last_messages = d.pop("lastMessages")

        running = d.pop("running")

        total_bytes = d.pop("totalBytes")

        total_messages = d.pop("totalMessages")

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("lastError", UNSET))

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

        def _parse_last_success_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_success_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_success_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_success_at = _parse_last_success_at(d.pop("lastSuccessAt", UNSET))

        def _parse_retry_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retry_after_type_0 = datetime.datetime.fromisoformat(data)

                return retry_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retry_after = _parse_retry_after(d.pop("retryAfter", UNSET))

        pop_3_account_status = cls(
            consecutive_failures=consecutive_failures,
            last_bytes=last_bytes,
            last_messages=last_messages,
            running=running,
            total_bytes=total_bytes,
            total_messages=total_messages,
            last_error=last_error,
            last_run_at=last_run_at,
            last_success_at=last_success_at,
            retry_after=retry_after,
        )

        pop_3_account_status.additional_properties = d
        return pop_3_account_status

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
