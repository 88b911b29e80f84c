from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.name_warning import NameWarning


T = TypeVar("T", bound="DomainAlias")


@_attrs_define
class DomainAlias:
    """
    Attributes:
        created_at (datetime.datetime):
        domain_id (UUID): A mail domain.
        id (UUID): A domain alias (another name of a domain, for delivery only).
        name (str):
        name_warnings (list[NameWarning]): As the domain's own `nameWarnings`.
        verified (bool): Proven with a TXT record `_postbay-verify.<name>` holding the domain's
            `verification.recordValue` (`verifyDomain` checks every name of the domain).
    """

    created_at: datetime.datetime
    domain_id: UUID
    id: UUID
    name: str
    name_warnings: list[NameWarning]
    verified: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        domain_id = str(self.domain_id)

        id = str(self.id)

        name = self.name

        name_warnings = []
        for name_warnings_item_data in self.name_warnings:
            name_warnings_item = name_warnings_item_data.to_dict()
            name_warnings.append(name_warnings_item)

        verified = self.verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "domainId": domain_id,
                "id": id,
                "name": name,
                "nameWarnings": name_warnings,
                "verified": verified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.name_warning import NameWarning  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        domain_id = UUID(d.pop("domainId"))

        id = UUID(d.pop("id"))

        name = d.pop("name")

        name_warnings = []
        _name_warnings = d.pop("nameWarnings")
        for name_warnings_item_data in _name_warnings:
            name_warnings_item = NameWarning.from_dict(name_warnings_item_data)

            name_warnings.append(name_warnings_item)

        verified = d.pop("verified")

        domain_alias = cls(
            created_at=created_at,
            domain_id=domain_id,
            id=id,
            name=name,
            name_warnings=name_warnings,
            verified=verified,
        )

        domain_alias.additional_properties = d
        return domain_alias

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
