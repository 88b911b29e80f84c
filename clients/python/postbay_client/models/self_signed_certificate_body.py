from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SelfSignedCertificateBody")


@_attrs_define
class SelfSignedCertificateBody:
    """A self-signed certificate for some names.

    Attributes:
        names (list[str]): DNS names, 1 to 100 (`*.example.com` allowed).
        is_default (bool | Unset):
        name (None | str | Unset):
        valid_days (int | None | Unset): Days it is valid, 1 to 3650 (default 365).
    """

    names: list[str]
    is_default: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    valid_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        names = self.names

        is_default = self.is_default

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        valid_days: int | None | Unset
        if isinstance(self.valid_days, Unset):
            valid_days = UNSET
        else:
            valid_days = self.valid_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "names": names,
            }
        )
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if name is not UNSET:
            field_dict["name"] = name
        if valid_days is not UNSET:
            field_dict["validDays"] = valid_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        names = cast(list[str], d.pop("names"))

        is_default = d.pop("isDefault", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_valid_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        valid_days = _parse_valid_days(d.pop("validDays", UNSET))

        self_signed_certificate_body = cls(
            names=names,
            is_default=is_default,
            name=name,
            valid_days=valid_days,
        )

        return self_signed_certificate_body
