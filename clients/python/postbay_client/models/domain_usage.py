from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_item import UsageItem


T = TypeVar("T", bound="DomainUsage")


@_attrs_define
class DomainUsage:
    """
    Attributes:
        accounts (UsageItem):
        aliases (UsageItem):
        domain_id (UUID): A mail domain.
        groups (UsageItem):
        storage_bytes (UsageItem):
    """

    accounts: UsageItem
    aliases: UsageItem
    domain_id: UUID
    groups: UsageItem
    storage_bytes: UsageItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = self.accounts.to_dict()

        aliases = self.aliases.to_dict()

        domain_id = str(self.domain_id)

        groups = self.groups.to_dict()

        storage_bytes = self.storage_bytes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "aliases": aliases,
                "domainId": domain_id,
                "groups": groups,
                "storageBytes": storage_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_item import UsageItem  # noqa: PLC0415

        d = dict(src_dict)
        accounts = UsageItem.from_dict(d.pop("accounts"))

        aliases = UsageItem.from_dict(d.pop("aliases"))

        domain_id = UUID(d.pop("domainId"))

        groups = UsageItem.from_dict(d.pop("groups"))

        storage_bytes = UsageItem.from_dict(d.pop("storageBytes"))

        domain_usage = cls(
            accounts=accounts,
            aliases=aliases,
            domain_id=domain_id,
            groups=groups,
            storage_bytes=storage_bytes,
        )

        domain_usage.additional_properties = d
        return domain_usage

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
