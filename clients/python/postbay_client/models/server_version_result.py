from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerVersionResult")


@_attrs_define
class ServerVersionResult:
    """
    Attributes:
        build (int):
        major (int):
        minor (int):
        product (str):
        revision (int):
        version (str):
    """

    build: int
    major: int
    minor: int
    product: str
    revision: int
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build = self.build

        major = self.major

        minor = self.minor

        product = self.product

        revision = self.revision

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build": build,
                "major": major,
                "minor": minor,
                "product": product,
                "revision": revision,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build = d.pop("build")

        major = d.pop("major")

        minor = d.pop("minor")

        product = d.pop("product")

        revision = d.pop("revision")

        version = d.pop("version")

        server_version_result = cls(
            build=build,
            major=major,
            minor=minor,
            product=product,
            revision=revision,
            version=version,
        )

        server_version_result.additional_properties = d
        return server_version_result

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
