from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TenantUsage")


@_attrs_define
class TenantUsage:
    """What a tenant's subtree uses now.

    Attributes:
        accounts (int):
        aliases (int):
        domains (int):
        groups (int):
        storage_bytes (int):
    """

    accounts: int
    aliases: int
    domains: int
    groups: int
    storage_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts

        aliases = self.aliases

        domains = self.domains

        groups = self.groups

        storage_bytes = self.storage_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "aliases": aliases,
                "domains": domains,
                "groups": groups,
                "storageBytes": storage_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounts = d.pop("accounts")

        aliases = d.pop("aliases")

        domains = d.pop("domains")

        groups = d.pop("groups")

        storage_bytes = d.pop("storageBytes")

        tenant_usage = cls(
            accounts=accounts,
            aliases=aliases,
            domains=domains,
            groups=groups,
            storage_bytes=storage_bytes,
        )

        tenant_usage.additional_properties = d
        return tenant_usage

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
