from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.protocol import Protocol

T = TypeVar("T", bound="NewAppPassword")


@_attrs_define
class NewAppPassword:
    """
    Attributes:
        name (str): What it is for, unique in the account ("Phone", "Thunderbird at home").
        protocols (list[Protocol]): The services it opens: `imap`, `pop3`, `submission`, `managesieve`, `api`.
    """

    name: str
    protocols: list[Protocol]

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "protocols": protocols,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = Protocol(protocols_item_data)

            protocols.append(protocols_item)

        new_app_password = cls(
            name=name,
            protocols=protocols,
        )

        return new_app_password
