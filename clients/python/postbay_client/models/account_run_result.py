from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountRunResult")


@_attrs_define
class AccountRunResult:
    """What one collection of an account did.

    Attributes:
        bytes_ (int): Bytes downloaded.
        deferred (int): Messages left for a later session by the per-session limits or a temporary failure.
        deleted (int): Messages deleted on the remote server.
        discarded (int): Messages no rule took (no `*` rule): logged and dropped.
        duplicates (int): Messages dropped as duplicates of one already collected.
        host (str):
        messages (int): Messages stored here (delivered to at least one recipient).
        skipped (bool): The run did not happen: the account was busy, disabled or backing off.
        username (str):
        account_id (None | Unset | UUID):
        error (None | str | Unset): Why the run failed or was skipped; absent when it succeeded.
        warning (None | str | Unset): A run that worked but left a message on the server (a full mailbox, a target that
            takes
            no mail, a message over the size bound): shown as the account's last error without
            counting as a failure.
    """

    bytes_: int
    deferred: int
    deleted: int
    discarded: int
    duplicates: int
    host: str
    messages: int
    skipped: bool
    username: str
    account_id: None | Unset | UUID = UNSET
    error: None | str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_ = self.bytes_

        deferred = self.deferred

        deleted = self.deleted

        discarded = self.discarded

        duplicates = self.duplicates

        host = self.host

        messages = self.messages

        skipped = self.skipped

        username = self.username

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bytes": bytes_,
                "deferred": deferred,
                "deleted": deleted,
                "discarded": discarded,
                "duplicates": duplicates,
                "host": host,
                "messages": messages,
                "skipped": skipped,
                "username": username,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if error is not UNSET:
            field_dict["error"] = error
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_ = d.pop("bytes")

        deferred = d.pop("deferred")

        deleted = d.pop("deleted")

        discarded = d.pop("discarded")

        duplicates = d.pop("duplicates")

        host = d.pop("host")

        messages = d.pop("messages")

        skipped = d.pop("skipped")

        username = d.pop("username")

        def _parse_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_1 = UUID(data)

                return account_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        account_run_result = cls(
            bytes_=bytes_,
            deferred=deferred,
            deleted=deleted,
            discarded=discarded,
            duplicates=duplicates,
            host=host,
            messages=messages,
            skipped=skipped,
            username=username,
            account_id=account_id,
            error=error,
            warning=warning,
        )

        account_run_result.additional_properties = d
        return account_run_result

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
