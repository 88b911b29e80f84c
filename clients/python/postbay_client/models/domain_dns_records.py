from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dns_record import DnsRecord


T = TypeVar("T", bound="DomainDnsRecords")


@_attrs_define
class DomainDnsRecords:
    """What a domain publishes.

    Attributes:
        domain (str):
        records (list[DnsRecord]):
        zone (str): The same records as a zone-file fragment.
        mta_sts_policy (None | str | Unset): The MTA-STS policy file served at `https://mta-sts.<domain>/.well-
            known/mta-sts.txt`;
            absent when MTA-STS is off.
    """

    domain: str
    records: list[DnsRecord]
    zone: str
    mta_sts_policy: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        zone = self.zone

        mta_sts_policy: None | str | Unset
        if isinstance(self.mta_sts_policy, Unset):
            mta_sts_policy = UNSET
        else:
            mta_sts_policy = self.mta_sts_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "records": records,
                "zone": zone,
            }
        )
        if mta_sts_policy is not UNSET:
            field_dict["mtaStsPolicy"] = mta_sts_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dns_record import DnsRecord  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = DnsRecord.from_dict(records_item_data)

            records.append(records_item)

        zone = d.pop("zone")

        def _parse_mta_sts_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mta_sts_policy = _parse_mta_sts_policy(d.pop("mtaStsPolicy", UNSET))

        domain_dns_records = cls(
            domain=domain,
            records=records,
            zone=zone,
            mta_sts_policy=mta_sts_policy,
        )

        domain_dns_records.additional_properties = d
        return domain_dns_records

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
