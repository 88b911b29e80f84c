from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.byte_units import ByteUnits

T = TypeVar("T", bound="ByteValue")


@_attrs_define
class ByteValue:
    """A size with its unit (Kerio's `ByteValueWithUnits`).

    Attributes:
        units (ByteUnits): Kerio's size units; values are converted exactly (1 KiloByte = 1024 Bytes).
        value (int):
    """

    units: ByteUnits
    value: int

    def to_dict(self) -> dict[str, Any]:
        units = self.units.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "units": units,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        units = ByteUnits(d.pop("units"))

        value = d.pop("value")

        byte_value = cls(
            units=units,
            value=value,
        )

        return byte_value
