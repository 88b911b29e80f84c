from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAlias")


@_attrs_define
class NewAlias:
    """
    Attributes:
        name (str):
        target (str): An address, or a bare local part meaning the alias's own domain.
        description (str | Unset):
    """

    name: str
    target: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        target = self.target

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "target": target,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        target = d.pop("target")

        description = d.pop("description", UNSET)

        new_alias = cls(
            name=name,
            target=target,
            description=description,
        )

        return new_alias
