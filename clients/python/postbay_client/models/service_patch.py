from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicePatch")


@_attrs_define
class ServicePatch:
    """A change to a service; absent members keep their values.

    Attributes:
        addresses (list[str] | None | Unset):
        allowed_group_id (None | Unset | UUID):
        enabled (bool | None | Unset):
        max_connections (int | None | Unset):
        max_connections_per_ip (int | None | Unset):
    """

    addresses: list[str] | None | Unset = UNSET
    allowed_group_id: None | Unset | UUID = UNSET
    enabled: bool | None | Unset = UNSET
    max_connections: int | None | Unset = UNSET
    max_connections_per_ip: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        addresses: list[str] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = self.addresses

        else:
            addresses = self.addresses

        allowed_group_id: None | str | Unset
        if isinstance(self.allowed_group_id, Unset):
            allowed_group_id = UNSET
        elif isinstance(self.allowed_group_id, UUID):
            allowed_group_id = str(self.allowed_group_id)
        else:
            allowed_group_id = self.allowed_group_id

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        max_connections: int | None | Unset
        if isinstance(self.max_connections, Unset):
            max_connections = UNSET
        else:
            max_connections = self.max_connections

        max_connections_per_ip: int | None | Unset
        if isinstance(self.max_connections_per_ip, Unset):
            max_connections_per_ip = UNSET
        else:
            max_connections_per_ip = self.max_connections_per_ip

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if allowed_group_id is not UNSET:
            field_dict["allowedGroupId"] = allowed_group_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_connections is not UNSET:
            field_dict["maxConnections"] = max_connections
        if max_connections_per_ip is not UNSET:
            field_dict["maxConnectionsPerIp"] = max_connections_per_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_addresses(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = cast(list[str], data)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

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

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_max_connections(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_connections = _parse_max_connections(d.pop("maxConnections", UNSET))

        def _parse_max_connections_per_ip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_connections_per_ip = _parse_max_connections_per_ip(d.pop("maxConnectionsPerIp", UNSET))

        service_patch = cls(
            addresses=addresses,
            allowed_group_id=allowed_group_id,
            enabled=enabled,
            max_connections=max_connections,
            max_connections_per_ip=max_connections_per_ip,
        )

        return service_patch
