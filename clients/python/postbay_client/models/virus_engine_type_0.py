from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.virus_engine_type_0_kind import VirusEngineType0Kind

T = TypeVar("T", bound="VirusEngineType0")


@_attrs_define
class VirusEngineType0:
    """clamd's `TCPSocket` (its default port is 3310).

    Attributes:
        host (str):
        kind (VirusEngineType0Kind):
        port (int):
    """

    host: str
    kind: VirusEngineType0Kind
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        kind = self.kind.value

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "kind": kind,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        kind = VirusEngineType0Kind(d.pop("kind"))

        port = d.pop("port")

        virus_engine_type_0 = cls(
            host=host,
            kind=kind,
            port=port,
        )

        virus_engine_type_0.additional_properties = d
        return virus_engine_type_0

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
