from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol import Protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedAppPassword")


@_attrs_define
class CreatedAppPassword:
    """A new app password: the password is in this answer only.

    Attributes:
        account_id (UUID): A user account (mailbox).
        created_at (datetime.datetime):
        created_by (str): Who made it (`account:<address>` or `api-key:<prefix>`).
        id (UUID): An application-specific password of an account.
        name (str):
        protocols (list[Protocol]):
        password (str): Four groups of six letters and digits; give it to the application as its password.
        last_used_at (datetime.datetime | None | Unset):
        last_used_ip (None | str | Unset): The client address of its last use.
    """

    account_id: UUID
    created_at: datetime.datetime
    created_by: str
    id: UUID
    name: str
    protocols: list[Protocol]
    password: str
    last_used_at: datetime.datetime | None | Unset = UNSET
    last_used_ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = str(self.id)

        name = self.name

        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        password = self.password

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        last_used_ip: None | str | Unset
        if isinstance(self.last_used_ip, Unset):
            last_used_ip = UNSET
        else:
            last_used_ip = self.last_used_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "createdAt": created_at,
                "createdBy": created_by,
                "id": id,
                "name": name,
                "protocols": protocols,
                "password": password,
            }
        )
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if last_used_ip is not UNSET:
            field_dict["lastUsedIp"] = last_used_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = Protocol(protocols_item_data)

            protocols.append(protocols_item)

        password = d.pop("password")

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt", UNSET))

        def _parse_last_used_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_used_ip = _parse_last_used_ip(d.pop("lastUsedIp", UNSET))

        created_app_password = cls(
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            id=id,
            name=name,
            protocols=protocols,
            password=password,
            last_used_at=last_used_at,
            last_used_ip=last_used_ip,
        )

        created_app_password.additional_properties = d
        return created_app_password

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
