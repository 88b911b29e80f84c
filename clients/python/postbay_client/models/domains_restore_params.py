from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DomainsRestoreParams")


@_attrs_define
class DomainsRestoreParams:
    """
    Attributes:
        domain_ids (list[UUID]):
    """

    domain_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        domain_ids = []
        for domain_ids_item_data in self.domain_ids:
            domain_ids_item = str(domain_ids_item_data)
            domain_ids.append(domain_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainIds": domain_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_ids = []
        _domain_ids = d.pop("domainIds")
        for domain_ids_item_data in _domain_ids:
            domain_ids_item = UUID(domain_ids_item_data)

            domain_ids.append(domain_ids_item)

        domains_restore_params = cls(
            domain_ids=domain_ids,
        )

        return domains_restore_params
