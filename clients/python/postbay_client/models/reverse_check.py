from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reverse_status import ReverseStatus

T = TypeVar("T", bound="ReverseCheck")


@_attrs_define
class ReverseCheck:
    """
    Attributes:
        address (str):
        names (list[str]): The PTR names found.
        status (ReverseStatus): How an outbound address's reverse DNS stands: receivers want a PTR whose name points
            back
            at the address.
    """

    address: str
    names: list[str]
    status: ReverseStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        names = self.names

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "names": names,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        names = cast(list[str], d.pop("names"))

        status = ReverseStatus(d.pop("status"))

        reverse_check = cls(
            address=address,
            names=names,
            status=status,
        )

        reverse_check.additional_properties = d
        return reverse_check

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
