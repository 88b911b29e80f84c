from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.spam_engine_type_1_kind import SpamEngineType1Kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpamEngineType1")


@_attrs_define
class SpamEngineType1:
    """rspamd over HTTP (`/checkv2` on its normal worker): its score is scaled onto ours (its
    reject threshold becomes 10), its action is honoured (`reject` blocks, `add header` and
    `rewrite subject` tag, `soft reject` defers), its symbols are kept.

        Attributes:
            host (str): Host name or IP address.
            kind (SpamEngineType1Kind):
            port (int): The normal worker's port: 1 to 65535; rspamd listens on 11333.
            controller_port (int | None | Unset): The controller's port (rspamd: 11334), for teaching its classifier what
                users move
                into and out of Junk; none: nothing is taught. The controller must trust this
                server's address (`secure_ip`).
    """

    host: str
    kind: SpamEngineType1Kind
    port: int
    controller_port: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        kind = self.kind.value

        port = self.port

        controller_port: int | None | Unset
        if isinstance(self.controller_port, Unset):
            controller_port = UNSET
        else:
            controller_port = self.controller_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "kind": kind,
                "port": port,
            }
        )
        if controller_port is not UNSET:
            field_dict["controllerPort"] = controller_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        kind = SpamEngineType1Kind(d.pop("kind"))

        port = d.pop("port")

        def _parse_controller_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        controller_port = _parse_controller_port(d.pop("controllerPort", UNSET))

        spam_engine_type_1 = cls(
            host=host,
            kind=kind,
            port=port,
            controller_port=controller_port,
        )

        spam_engine_type_1.additional_properties = d
        return spam_engine_type_1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
