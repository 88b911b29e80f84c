from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_name import ServiceName
from ..models.service_source import ServiceSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """A service as it runs.

    Attributes:
        addresses (list[str]): Listening addresses, `ip:port` (`[ip]:port` for IPv6).
        enabled (bool):
        max_connections (int): Connections served at once; more wait for a free slot. 0 = the server's default (2,000).
        max_connections_per_ip (int): Connections one client address may hold at once; more are refused. 0 = the
            default:
            50 for IMAP and POP3; none for the SMTP services, whose per-address limit is the SMTP
            security settings' `maxConnectionsPerIp`.
        name (ServiceName): A service the server offers.
        source (ServiceSource): Where a service's values come from.
        allowed_group_id (None | Unset | UUID):
    """

    addresses: list[str]
    enabled: bool
    max_connections: int
    max_connections_per_ip: int
    name: ServiceName
    source: ServiceSource
    allowed_group_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addresses = self.addresses

        enabled = self.enabled

        max_connections = self.max_connections

        max_connections_per_ip = self.max_connections_per_ip

        name = self.name.value

        source = self.source.value

        allowed_group_id: None | str | Unset
        if isinstance(self.allowed_group_id, Unset):
            allowed_group_id = UNSET
        elif isinstance(self.allowed_group_id, UUID):
            allowed_group_id = str(self.allowed_group_id)
        else:
            allowed_group_id = self.allowed_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addresses": addresses,
                "enabled": enabled,
                "maxConnections": max_connections,
                "maxConnectionsPerIp": max_connections_per_ip,
                "name": name,
                "source": source,
            }
        )
        if allowed_group_id is not UNSET:
            field_dict["allowedGroupId"] = allowed_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        addresses = cast(list[str], d.pop("addresses"))

        enabled = d.pop("enabled")

        max_connections = d.pop("maxConnections")

        max_connections_per_ip = d.pop("maxConnectionsPerIp")

        name = ServiceName(d.pop("name"))

        source = ServiceSource(d.pop("source"))

        def _parse_allowed_group_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allowed_group_id_type_1 = UUID(data)

                return allowed_group_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        allowed_group_id = _parse_allowed_group_id(d.pop("allowedGroupId", UNSET))

        service = cls(
            addresses=addresses,
            enabled=enabled,
            max_connections=max_connections,
            max_connections_per_ip=max_connections_per_ip,
            name=name,
            source=source,
            allowed_group_id=allowed_group_id,
        )

        service.additional_properties = d
        return service

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
