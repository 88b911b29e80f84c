from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_domain_pattern import RpcDomainPattern


T = TypeVar("T", bound="DomainsSetParams")


@_attrs_define
class DomainsSetParams:
    """
    Attributes:
        domain_ids (list[UUID]):
        pattern (RpcDomainPattern): The members of a domain that `create` and `set` accept.
    """

    domain_ids: list[UUID]
    pattern: RpcDomainPattern

    def to_dict(self) -> dict[str, Any]:
        domain_ids = []
        for domain_ids_item_data in self.domain_ids:
            domain_ids_item = str(domain_ids_item_data)
            domain_ids.append(domain_ids_item)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainIds": domain_ids,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_domain_pattern import RpcDomainPattern  # noqa: PLC0415

        d = dict(src_dict)
        domain_ids = []
        _domain_ids = d.pop("domainIds")
        for domain_ids_item_data in _domain_ids:
            domain_ids_item = UUID(domain_ids_item_data)

            domain_ids.append(domain_ids_item)

        pattern = RpcDomainPattern.from_dict(d.pop("pattern"))

        domains_set_params = cls(
            domain_ids=domain_ids,
            pattern=pattern,
        )

        return domains_set_params
