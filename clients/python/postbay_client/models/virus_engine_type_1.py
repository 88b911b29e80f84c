from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virus_engine_type_1_kind import VirusEngineType1Kind

T = TypeVar("T", bound="VirusEngineType1")


@_attrs_define
class VirusEngineType1:
    """clamd's `LocalSocket`, a Unix socket path on this machine.

    Attributes:
        kind (VirusEngineType1Kind):
        path (str):
    """

    kind: VirusEngineType1Kind
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = VirusEngineType1Kind(d.pop("kind"))

        path = d.pop("path")

        virus_engine_type_1 = cls(
            kind=kind,
            path=path,
        )

        virus_engine_type_1.additional_properties = d
        return virus_engine_type_1

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
