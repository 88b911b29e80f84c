from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.checked_record import CheckedRecord
    from ..models.reverse_check import ReverseCheck


T = TypeVar("T", bound="DomainDnsCheck")


@_attrs_define
class DomainDnsCheck:
    """A domain's records as DNS has them.

    Attributes:
        domain (str):
        records (list[CheckedRecord]):
        reverse_dns (list[ReverseCheck]): The reverse DNS of the outbound addresses of the mail-auth settings.
    """

    domain: str
    records: list[CheckedRecord]
    reverse_dns: list[ReverseCheck]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        reverse_dns = []
        for reverse_dns_item_data in self.reverse_dns:
            reverse_dns_item = reverse_dns_item_data.to_dict()
            reverse_dns.append(reverse_dns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "records": records,
                "reverseDns": reverse_dns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.checked_record import CheckedRecord  # noqa: PLC0415
        from ..models.reverse_check import ReverseCheck  # noqa: PLC0415

        d = dict(src_dict)
        domain = d.pop("domain")

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = CheckedRecord.from_dict(records_item_data)

            records.append(records_item)

        reverse_dns = []
        _reverse_dns = d.pop("reverseDns")
        for reverse_dns_item_data in _reverse_dns:
            reverse_dns_item = ReverseCheck.from_dict(reverse_dns_item_data)

            reverse_dns.append(reverse_dns_item)

        domain_dns_check = cls(
            domain=domain,
            records=records,
            reverse_dns=reverse_dns,
        )

        domain_dns_check.additional_properties = d
        return domain_dns_check

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
