from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewEtrnServer")


@_attrs_define
class NewEtrnServer:
    """
    Attributes:
        domains (list[str]): The domains it holds mail for (Kerio writes them separated by `;`).
        host (str):
        description (str | Unset):
        enabled (bool | Unset):
        password (None | str | Unset): Write-only; stored sealed.
        port (int | Unset):
        username (None | str | Unset):
    """

    domains: list[str]
    host: str
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    password: None | str | Unset = UNSET
    port: int | Unset = UNSET
    username: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domains = self.domains

        host = self.host

        description = self.description

        enabled = self.enabled

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        port = self.port

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domains": domains,
                "host": host,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domains = cast(list[str], d.pop("domains"))

        host = d.pop("host")

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        port = d.pop("port", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        new_etrn_server = cls(
            domains=domains,
            host=host,
            description=description,
            enabled=enabled,
            password=password,
            port=port,
            username=username,
        )

        return new_etrn_server
