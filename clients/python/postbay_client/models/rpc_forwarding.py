from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.forwarding_how import ForwardingHow
from ..types import UNSET, Unset

T = TypeVar("T", bound="RpcForwarding")


@_attrs_define
class RpcForwarding:
    """Kerio's `forwardingOptions`: when enabled, mail for addresses unknown here goes to
    `host:port` — at once (`Online`), on ETRN (`OfflineEtrn`) or on schedule
    (`OfflineScheduler`).

        Attributes:
            is_enabled (bool):
            host (str | Unset):
            how (ForwardingHow | Unset):
            port (int | Unset):
    """

    is_enabled: bool
    host: str | Unset = UNSET
    how: ForwardingHow | Unset = UNSET
    port: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_enabled = self.is_enabled

        host = self.host

        how: str | Unset = UNSET
        if not isinstance(self.how, Unset):
            how = self.how.value

        port = self.port

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isEnabled": is_enabled,
            }
        )
        if host is not UNSET:
            field_dict["host"] = host
        if how is not UNSET:
            field_dict["how"] = how
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_enabled = d.pop("isEnabled")

        host = d.pop("host", UNSET)

        _how = d.pop("how", UNSET)
        how: ForwardingHow | Unset
        if isinstance(_how, Unset):
            how = UNSET
        else:
            how = ForwardingHow(_how)

        port = d.pop("port", UNSET)

        rpc_forwarding = cls(
            is_enabled=is_enabled,
            host=host,
            how=how,
            port=port,
        )

        return rpc_forwarding
