from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ClientApplication")


@_attrs_define
class ClientApplication:
    """The client that opened an admin session, as Kerio's `Session.login` names it.

    Attributes:
        name (str):
        vendor (str):
        version (str):
    """

    name: str
    vendor: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        vendor = self.vendor

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "vendor": vendor,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        vendor = d.pop("vendor")

        version = d.pop("version")

        client_application = cls(
            name=name,
            vendor=vendor,
            version=version,
        )

        return client_application
