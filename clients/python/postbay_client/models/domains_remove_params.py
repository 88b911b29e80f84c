from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainsRemoveParams")


@_attrs_define
class DomainsRemoveParams:
    """
    Attributes:
        domain_ids (list[UUID]):
        cascade (bool | Unset): Postbay: also remove the domains' users, groups, aliases and templates. Without it a
            domain that still has any is not removed (`has_accounts`, ...).
        purge (bool | Unset): Postbay: purge at once instead of keeping the domains pending deletion for the grace
            period (server and tenant administrators only).
    """

    domain_ids: list[UUID]
    cascade: bool | Unset = UNSET
    purge: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_ids = []
        for domain_ids_item_data in self.domain_ids:
            domain_ids_item = str(domain_ids_item_data)
            domain_ids.append(domain_ids_item)

        cascade = self.cascade

        purge = self.purge

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainIds": domain_ids,
            }
        )
        if cascade is not UNSET:
            field_dict["cascade"] = cascade
        if purge is not UNSET:
            field_dict["purge"] = purge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_ids = []
        _domain_ids = d.pop("domainIds")
        for domain_ids_item_data in _domain_ids:
            domain_ids_item = UUID(domain_ids_item_data)

            domain_ids.append(domain_ids_item)

        cascade = d.pop("cascade", UNSET)

        purge = d.pop("purge", UNSET)

        domains_remove_params = cls(
            domain_ids=domain_ids,
            cascade=cascade,
            purge=purge,
        )

        return domains_remove_params
