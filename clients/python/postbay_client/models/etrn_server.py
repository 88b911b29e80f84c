from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EtrnServer")


@_attrs_define
class EtrnServer:
    """A server this one asks with ETRN for the mail it holds for some of our domains.

    Attributes:
        description (str):
        domains (list[str]):
        enabled (bool):
        has_password (bool): Whether a password is stored (it is never returned).
        host (str):
        id (UUID): A server this one sends ETRN to.
        port (int):
        last_result (None | str | Unset):
        last_run_at (datetime.datetime | None | Unset):
        username (None | str | Unset):
    """

    description: str
    domains: list[str]
    enabled: bool
    has_password: bool
    host: str
    id: UUID
    port: int
    last_result: None | str | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        domains = self.domains

        enabled = self.enabled

        has_password = self.has_password

        host = self.host

        id = str(self.id)

        port = self.port

        last_result: None | str | Unset
        if isinstance(self.last_result, Unset):
            last_result = UNSET
        else:
            last_result = self.last_result

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "domains": domains,
                "enabled": enabled,
                "hasPassword": has_password,
                "host": host,
                "id": id,
                "port": port,
            }
        )
        if last_result is not UNSET:
            field_dict["lastResult"] = last_result
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        domains = cast(list[str], d.pop("domains"))

        enabled = d.pop("enabled")

        has_password = d.pop("hasPassword")

        host = d.pop("host")

        id = UUID(d.pop("id"))

        port = d.pop("port")

        def _parse_last_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_result = _parse_last_result(d.pop("lastResult", UNSET))

        def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_run_at = _parse_last_run_at(d.pop("lastRunAt", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        etrn_server = cls(
            description=description,
            domains=domains,
            enabled=enabled,
            has_password=has_password,
            host=host,
            id=id,
            port=port,
            last_result=last_result,
            last_run_at=last_run_at,
            username=username,
        )

        etrn_server.additional_properties = d
        return etrn_server

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
