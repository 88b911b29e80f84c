from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainFooter")


@_attrs_define
class DomainFooter:
    """The footer added to mail sent from a domain's addresses (Kerio's domain *Footers* tab).

    Attributes:
        enabled (bool | Unset):  Default: False.
        skip_if_all_recipients_internal (bool | Unset): Leave the footer off when every recipient is in one of the
            server's domains. Default: False.
        text (str | Unset): Plain text, at most 4,000 characters in lines of at most 900 bytes. Default: ''.
    """

    enabled: bool | Unset = False
    skip_if_all_recipients_internal: bool | Unset = False
    text: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        skip_if_all_recipients_internal = self.skip_if_all_recipients_internal

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if skip_if_all_recipients_internal is not UNSET:
            field_dict["skipIfAllRecipientsInternal"] = skip_if_all_recipients_internal
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        skip_if_all_recipients_internal = d.pop("skipIfAllRecipientsInternal", UNSET)

        text = d.pop("text", UNSET)

        domain_footer = cls(
            enabled=enabled,
            skip_if_all_recipients_internal=skip_if_all_recipients_internal,
            text=text,
        )

        return domain_footer
