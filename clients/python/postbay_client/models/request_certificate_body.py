from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestCertificateBody")


@_attrs_define
class RequestCertificateBody:
    """A certificate to order from the ACME CA (HTTP-01: each name must resolve to a node whose
    HTTP listener answers `/.well-known/acme-challenge/` on port 80, or the CA's port).

        Attributes:
            names (list[str]): DNS names, 1 to 100; no wildcards (HTTP-01 cannot prove them).
            is_default (bool | Unset):
            name (None | str | Unset):
    """

    names: list[str]
    is_default: bool | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        names = self.names

        is_default = self.is_default

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        request_certificate_body = cls(
            names=names,
            is_default=is_default,
            name=name,
        )

        return request_certificate_body
