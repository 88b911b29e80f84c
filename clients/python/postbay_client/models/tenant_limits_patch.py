from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantLimitsPatch")


@_attrs_define
class TenantLimitsPatch:
    """
    Attributes:
        max_accounts (int | None | Unset):
        max_aliases (int | None | Unset):
        max_domains (int | None | Unset):
        max_groups (int | None | Unset):
        max_storage_bytes (int | None | Unset):
    """

    max_accounts: int | None | Unset = UNSET
    max_aliases: int | None | Unset = UNSET
    max_domains: int | None | Unset = UNSET
    max_groups: int | None | Unset = UNSET
    max_storage_bytes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        max_domains: int | None | Unset
        if isinstance(self.max_domains, Unset):
            max_domains = UNSET
        else:
            max_domains = self.max_domains

        max_groups: int | None | Unset
        if isinstance(self.max_groups, Unset):
            max_groups = UNSET
        else:
            max_groups = self.max_groups

        max_storage_bytes: int | None | Unset
        if isinstance(self.max_storage_bytes, Unset):
            max_storage_bytes = UNSET
        else:
            max_storage_bytes = self.max_storage_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_accounts is not UNSET:
            field_dict["maxAccounts"] = max_accounts
        if max_aliases is not UNSET:
            field_dict["maxAliases"] = max_aliases
        if max_domains is not UNSET:
            field_dict["maxDomains"] = max_domains
        if max_groups is not UNSET:
            field_dict["maxGroups"] = max_groups
        if max_storage_bytes is not UNSET:
            field_dict["maxStorageBytes"] = max_storage_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_max_domains(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_domains = _parse_max_domains(d.pop("maxDomains", UNSET))

        def _parse_max_groups(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_groups = _parse_max_groups(d.pop("maxGroups", UNSET))

        def _parse_max_storage_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_storage_bytes = _parse_max_storage_bytes(d.pop("maxStorageBytes", UNSET))

        tenant_limits_patch = cls(
            max_accounts=max_accounts,
            max_aliases=max_aliases,
            max_domains=max_domains,
            max_groups=max_groups,
            max_storage_bytes=max_storage_bytes,
        )

        return tenant_limits_patch
