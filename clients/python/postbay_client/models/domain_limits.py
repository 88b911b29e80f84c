from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainLimits")


@_attrs_define
class DomainLimits:
    """Limits of one domain. Null (or 0 on input) means unlimited; sizes are bytes.

    Attributes:
        default_quota_bytes (int | Unset): Quota given to new accounts that do not set one (0 = unlimited).
        max_accounts (int | None | Unset):
        max_aliases (int | None | Unset):
        max_message_size (int | Unset): Largest message accepted from or for this domain's users (0 = unlimited).
        max_quota_bytes (int | None | Unset): The largest quota an account of this domain may have; null = any.
    """

    default_quota_bytes: int | Unset = UNSET
    max_accounts: int | None | Unset = UNSET
    max_aliases: int | None | Unset = UNSET
    max_message_size: int | Unset = UNSET
    max_quota_bytes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_quota_bytes = self.default_quota_bytes

        max_accounts: int | None | Unset
        if isinstance(self.max_accounts, Unset):
            max_accounts = UNSET
        else:
            max_accounts = self.max_accounts

        max_aliases: int | None | Unset
        if isinstance(self.max_aliases, Unset):
            max_aliases = UNSET
        else:
            max_aliases = self.max_aliases

        max_message_size = self.max_message_size

        max_quota_bytes: int | None | Unset
        if isinstance(self.max_quota_bytes, Unset):
            max_quota_bytes = UNSET
        else:
            max_quota_bytes = self.max_quota_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_quota_bytes is not UNSET:
            field_dict["defaultQuotaBytes"] = default_quota_bytes
        if max_accounts is not UNSET:
            field_dict["maxAccounts"] = max_accounts
        if max_aliases is not UNSET:
            field_dict["maxAliases"] = max_aliases
        if max_message_size is not UNSET:
            field_dict["maxMessageSize"] = max_message_size
        if max_quota_bytes is not UNSET:
            field_dict["maxQuotaBytes"] = max_quota_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_quota_bytes = d.pop("defaultQuotaBytes", UNSET)

        def _parse_max_accounts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_accounts = _parse_max_accounts(d.pop("maxAccounts", UNSET))

        def _parse_max_aliases(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_aliases = _parse_max_aliases(d.pop("maxAliases", UNSET))

        max_message_size = d.pop("maxMessageSize", UNSET)

        def _parse_max_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_quota_bytes = _parse_max_quota_bytes(d.pop("maxQuotaBytes", UNSET))

        domain_limits = cls(
            default_quota_bytes=default_quota_bytes,
            max_accounts=max_accounts,
            max_aliases=max_aliases,
            max_message_size=max_message_size,
            max_quota_bytes=max_quota_bytes,
        )

        return domain_limits
