from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.tls_mode import TlsMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="RelayHost")


@_attrs_define
class RelayHost:
    """A relay host (smarthost) that takes mail for delivery.

    Attributes:
        host (str): Host name or IP address.
        has_password (bool | Unset): Read-only: whether a password is stored.
        password (None | str | Unset): Write-only: never returned. On update, leave it out to keep the stored one, or
            send
            `""` to remove it. Stored sealed (see `secrets`).
        port (int | Unset):
        tls (TlsMode | Unset): STARTTLS towards a peer.
        username (None | str | Unset): SMTP AUTH user name; none sends without AUTH.
        verify_certificate (bool | Unset): Check the relay's certificate against the system's trusted authorities (with
            TLS).
    """

    host: str
    has_password: bool | Unset = UNSET
    password: None | str | Unset = UNSET
    port: int | Unset = UNSET
    tls: TlsMode | Unset = UNSET
    username: None | str | Unset = UNSET
    verify_certificate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        has_password = self.has_password

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        port = self.port

        tls: str | Unset = UNSET
        if not isinstance(self.tls, Unset):
            tls = self.tls.value

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        verify_certificate = self.verify_certificate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "host": host,
            }
        )
        if has_password is not UNSET:
            field_dict["hasPassword"] = has_password
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if tls is not UNSET:
            field_dict["tls"] = tls
        if username is not UNSET:
            field_dict["username"] = username
        if verify_certificate is not UNSET:
            field_dict["verifyCertificate"] = verify_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        has_password = d.pop("hasPassword", UNSET)

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        port = d.pop("port", UNSET)

        _tls = d.pop("tls", UNSET)
        tls: TlsMode | Unset
        if isinstance(_tls, Unset):
            tls = UNSET
        else:
            tls = TlsMode(_tls)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        verify_certificate = d.pop("verifyCertificate", UNSET)

        relay_host = cls(
            host=host,
            has_password=has_password,
            password=password,
            port=port,
            tls=tls,
            username=username,
            verify_certificate=verify_certificate,
        )

        return relay_host
