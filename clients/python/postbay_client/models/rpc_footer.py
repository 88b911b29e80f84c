from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RpcFooter")


@_attrs_define
class RpcFooter:
    """Kerio's `DomainFooter`: plain text only, so `isHtml` is always false.

    Attributes:
        is_html (bool | Unset): HTML footers are not supported; `true` is refused. Default: False.
        is_used (bool | Unset):  Default: False.
        is_used_in_domain (bool | Unset): Also add the footer when every recipient is internal. Default: False.
        text (str | Unset):  Default: ''.
    """

    is_html: bool | Unset = False
    is_used: bool | Unset = False
    is_used_in_domain: bool | Unset = False
    text: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        is_html = self.is_html

        is_used = self.is_used

        is_used_in_domain = self.is_used_in_domain

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if is_html is not UNSET:
            field_dict["isHtml"] = is_html
        if is_used is not UNSET:
            field_dict["isUsed"] = is_used
        if is_used_in_domain is not UNSET:
            field_dict["isUsedInDomain"] = is_used_in_domain
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_html = d.pop("isHtml", UNSET)

        is_used = d.pop("isUsed", UNSET)

        is_used_in_domain = d.pop("isUsedInDomain", UNSET)

        text = d.pop("text", UNSET)

        rpc_footer = cls(
            is_html=is_html,
            is_used=is_used,
            is_used_in_domain=is_used_in_domain,
            text=text,
        )

        return rpc_footer
