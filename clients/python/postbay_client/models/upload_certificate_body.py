from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadCertificateBody")


@_attrs_define
class UploadCertificateBody:
    """An operator's certificate: the PEM chain (leaf first, then its issuers) and its key.

    Attributes:
        chain (str):
        key (str):
        is_default (bool | Unset):
        name (None | str | Unset): A label; the first name of the certificate when absent.
    """

    chain: str
    key: str
    is_default: bool | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain

        key = self.key

        is_default = self.is_default

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chain": chain,
                "key": key,
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
        chain = d.pop("chain")

        key = d.pop("key")

        is_default = d.pop("isDefault", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        upload_certificate_body = cls(
            chain=chain,
            key=key,
            is_default=is_default,
            name=name,
        )

        return upload_certificate_body
