from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dkim_algorithm import DkimAlgorithm
from ..models.dkim_key_status import DkimKeyStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="DkimKey")


@_attrs_define
class DkimKey:
    """A DKIM key as administrators see it (never its private half).

    Attributes:
        algorithm (DkimAlgorithm): A DKIM key's algorithm.
        created_at (datetime.datetime):
        domain_id (UUID): A mail domain.
        id (UUID): A DKIM key of a domain.
        imported (bool): Brought by an operator rather than made by the server.
        published (bool): Listed in the domain's DNS records (not retired longer than `retiredKeyDays`).
        record (DnsRecord): One record to publish.
        selector (str):
        status (DkimKeyStatus): Where a key is in its life (see the module's doc).
        activated_at (datetime.datetime | None | Unset):
        retired_at (datetime.datetime | None | Unset):
    """

    algorithm: DkimAlgorithm
    created_at: datetime.datetime
    domain_id: UUID
    id: UUID
    imported: bool
    published: bool
    record: DnsRecord
    selector: str
    status: DkimKeyStatus
    activated_at: datetime.datetime | None | Unset = UNSET
    retired_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm.value

        created_at = self.created_at.isoformat()

        domain_id = str(self.domain_id)

        id = str(self.id)

        imported = self.imported

        published = self.published

        record = self.record.to_dict()

        selector = self.selector

        status = self.status.value

        activated_at: None | str | Unset
        if isinstance(self.activated_at, Unset):
            activated_at = UNSET
        elif isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        retired_at: None | str | Unset
        if isinstance(self.retired_at, Unset):
            retired_at = UNSET
        elif isinstance(self.retired_at, datetime.datetime):
            retired_at = self.retired_at.isoformat()
        else:
            retired_at = self.retired_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "createdAt": created_at,
                "domainId": domain_id,
                "id": id,
                "imported": imported,
                "published": published,
                "record": record,
                "selector": selector,
                "status": status,
            }
        )
        if activated_at is not UNSET:
            field_dict["activatedAt"] = activated_at
        if retired_at is not UNSET:
            field_dict["retiredAt"] = retired_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record import DnsRecord  # noqa: PLC0415

        d = dict(src_dict)
        algorithm = DkimAlgorithm(d.pop("algorithm"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        domain_id = UUID(d.pop("domainId"))

        id = UUID(d.pop("id"))

        imported = d.pop("imported")

        published = d.pop("published")

        record = DnsRecord.from_dict(d.pop("record"))

        selector = d.pop("selector")

        status = DkimKeyStatus(d.pop("status"))

        def _parse_activated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_at_type_0 = datetime.datetime.fromisoformat(data)

                return activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activated_at = _parse_activated_at(d.pop("activatedAt", UNSET))

        def _parse_retired_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retired_at_type_0 = datetime.datetime.fromisoformat(data)

                return retired_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        retired_at = _parse_retired_at(d.pop("retiredAt", UNSET))

        dkim_key = cls(
            algorithm=algorithm,
            created_at=created_at,
            domain_id=domain_id,
            id=id,
            imported=imported,
            published=published,
            record=record,
            selector=selector,
            status=status,
            activated_at=activated_at,
            retired_at=retired_at,
        )

        dkim_key.additional_properties = d
        return dkim_key

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
