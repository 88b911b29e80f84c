from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.forward_mode import ForwardMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailForwarding")


@_attrs_define
class EmailForwarding:
    """Kerio's `EmailForwarding`.

    Attributes:
        mode (ForwardMode):
        email_addresses (list[str] | Unset):
    """

    mode: ForwardMode
    email_addresses: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        email_addresses: list[str] | Unset = UNSET
        if not isinstance(self.email_addresses, Unset):
            email_addresses = self.email_addresses

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )
        if email_addresses is not UNSET:
            field_dict["emailAddresses"] = email_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = ForwardMode(d.pop("mode"))

        email_addresses = cast(list[str], d.pop("emailAddresses", UNSET))

        email_forwarding = cls(
            mode=mode,
            email_addresses=email_addresses,
        )

        return email_forwarding
