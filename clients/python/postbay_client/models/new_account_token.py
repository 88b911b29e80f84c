from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.protocol import Protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAccountToken")


@_attrs_define
class NewAccountToken:
    """
    Attributes:
        protocols (list[Protocol]): The mail protocols it opens: `imap`, `pop3`, `submission`.
        ttl_seconds (int | None | Unset): Lifetime in seconds, 60 to 86400; an hour when left out.
    """

    protocols: list[Protocol]
    ttl_seconds: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        ttl_seconds: int | None | Unset
        if isinstance(self.ttl_seconds, Unset):
            ttl_seconds = UNSET
        else:
            ttl_seconds = self.ttl_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "protocols": protocols,
            }
        )
        if ttl_seconds is not UNSET:
            field_dict["ttlSeconds"] = ttl_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = Protocol(protocols_item_data)

            protocols.append(protocols_item)

        def _parse_ttl_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_seconds = _parse_ttl_seconds(d.pop("ttlSeconds", UNSET))

        new_account_token = cls(
            protocols=protocols,
            ttl_seconds=ttl_seconds,
        )

        return new_account_token
