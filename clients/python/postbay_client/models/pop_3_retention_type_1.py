from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pop_3_retention_type_1_mode import Pop3RetentionType1Mode

T = TypeVar("T", bound="Pop3RetentionType1")


@_attrs_define
class Pop3RetentionType1:
    """Left there; its UIDL is remembered so it is never downloaded again.

    Attributes:
        mode (Pop3RetentionType1Mode):
    """

    mode: Pop3RetentionType1Mode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = Pop3RetentionType1Mode(d.pop("mode"))

        pop_3_retention_type_1 = cls(
            mode=mode,
        )

        pop_3_retention_type_1.additional_properties = d
        return pop_3_retention_type_1

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
