from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SieveScriptBody")


@_attrs_define
class SieveScriptBody:
    """A script's text to store under a name; `active: true` also makes it the active one,
    `false` leaves no script active if it was.

        Attributes:
            content (str):
            active (bool | None | Unset):
    """

    content: str
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        sieve_script_body = cls(
            content=content,
            active=active,
        )

        return sieve_script_body
