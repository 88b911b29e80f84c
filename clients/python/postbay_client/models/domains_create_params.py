from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_domain_pattern import RpcDomainPattern


T = TypeVar("T", bound="DomainsCreateParams")


@_attrs_define
class DomainsCreateParams:
    """
    Attributes:
        domains (list[RpcDomainPattern]):
    """

    domains: list[RpcDomainPattern]

    def to_dict(self) -> dict[str, Any]:
        domains = []
        for domains_item_data in self.domains:
            domains_item = domains_item_data.to_dict()
            domains.append(domains_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domains": domains,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_domain_pattern import RpcDomainPattern  # noqa: PLC0415

        d = dict(src_dict)
        domains = []
        _domains = d.pop("domains")
        for domains_item_data in _domains:
            domains_item = RpcDomainPattern.from_dict(domains_item_data)

            domains.append(domains_item)

        domains_create_params = cls(
            domains=domains,
        )

        return domains_create_params
