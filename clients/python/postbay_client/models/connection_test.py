from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionTest")


@_attrs_define
class ConnectionTest:
    """What testing an account's connection found.

    Attributes:
        ok (bool): Connected, negotiated TLS as the account says and logged in.
        secure (bool): The connection was encrypted.
        bytes_ (int | None | Unset):
        error (None | str | Unset): What failed: resolving, connecting, TLS (with the certificate's fault), or the
            login.
        messages (int | None | Unset): Messages and bytes waiting in the remote mailbox.
    """

    ok: bool
    secure: bool
    bytes_: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    messages: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        secure = self.secure

        bytes_: int | None | Unset
        if isinstance(self.bytes_, Unset):
            bytes_ = UNSET
        else:
            bytes_ = self.bytes_

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        messages: int | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        else:
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "secure": secure,
            }
        )
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if error is not UNSET:
            field_dict["error"] = error
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        secure = d.pop("secure")

        def _parse_bytes_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_ = _parse_bytes_(d.pop("bytes", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        connection_test = cls(
            ok=ok,
            secure=secure,
            bytes_=bytes_,
            error=error,
            messages=messages,
        )

        connection_test.additional_properties = d
        return connection_test

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
