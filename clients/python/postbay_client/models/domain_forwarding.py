from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.forwarding_mode import ForwardingMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainForwarding")


@_attrs_define
class DomainForwarding:
    """Where a domain's mail for addresses unknown here is forwarded.

    Attributes:
        host (str): Host name or IP address.
        mode (ForwardingMode | Unset): When forwarded mail is delivered (Kerio's three modes for a backup mail server).
        port (int | Unset):
    """

    host: str
    mode: ForwardingMode | Unset = UNSET
    port: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        port = self.port

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "host": host,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        _mode = d.pop("mode", UNSET)
        mode: ForwardingMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ForwardingMode(_mode)

        port = d.pop("port", UNSET)

        domain_forwarding = cls(
            host=host,
            mode=mode,
            port=port,
        )

        return domain_forwarding
