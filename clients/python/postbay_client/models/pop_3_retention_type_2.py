from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pop_3_retention_type_2_mode import Pop3RetentionType2Mode

T = TypeVar("T", bound="Pop3RetentionType2")


@_attrs_define
class Pop3RetentionType2:
    """Left there, and deleted this many days after it was downloaded.

    Attributes:
        days (int):
        mode (Pop3RetentionType2Mode):
    """

    days: int
    mode: Pop3RetentionType2Mode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days": days,
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = d.pop("days")

        mode = Pop3RetentionType2Mode(d.pop("mode"))

        pop_3_retention_type_2 = cls(
            days=days,
            mode=mode,
        )

        pop_3_retention_type_2.additional_properties = d
        return pop_3_retention_type_2

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
