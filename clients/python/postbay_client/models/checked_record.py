from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_status import RecordStatus
from ..models.record_type import RecordType

T = TypeVar("T", bound="CheckedRecord")


@_attrs_define
class CheckedRecord:
    """One record, as checked.

    Attributes:
        name (str): The owner name, without the final dot.
        ttl (int):
        type_ (RecordType):
        value (str): As a zone file writes it (`10 mx.example.net.`, a TXT record's text unquoted and whole:
            strings longer than 255 octets are split when published).
        found (list[str]): What DNS holds at the name for this record (of its type; for TXT, the records of its
            kind: `v=spf1`, `v=DKIM1`, ...).
        status (RecordStatus): How one record stands in DNS.
    """

    name: str
    ttl: int
    type_: RecordType
    value: str
    found: list[str]
    status: RecordStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ttl = self.ttl

        type_ = self.type_.value

        value = self.value

        found = self.found

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ttl": ttl,
                "type": type_,
                "value": value,
                "found": found,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        ttl = d.pop("ttl")

        type_ = RecordType(d.pop("type"))

        value = d.pop("value")

        found = cast(list[str], d.pop("found"))

        status = RecordStatus(d.pop("status"))

        checked_record = cls(
            name=name,
            ttl=ttl,
            type_=type_,
            value=value,
            found=found,
            status=status,
        )

        checked_record.additional_properties = d
        return checked_record

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
