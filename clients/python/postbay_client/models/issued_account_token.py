from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protocol import Protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssuedAccountToken")


@_attrs_define
class IssuedAccountToken:
    """A new token, in the shape of an OAuth 2.0 token response (RFC 6749 §5.1) plus its id.

    Attributes:
        account_id (UUID): A user account (mailbox).
        created_at (datetime.datetime):
        created_by (str):
        expires_at (datetime.datetime):
        id (UUID): A bearer token the API issued for an account's mail protocols.
        protocols (list[Protocol]):
        access_token (str): Present as `auth=Bearer <accessToken>` in SASL OAUTHBEARER or XOAUTH2; in this answer
            only.
        expires_in (int): Seconds until it expires.
        token_type (str):
        last_used_at (datetime.datetime | None | Unset):
    """

    account_id: UUID
    created_at: datetime.datetime
    created_by: str
    expires_at: datetime.datetime
    id: UUID
    protocols: list[Protocol]
    access_token: str
    expires_in: int
    token_type: str
    last_used_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        protocols = []
        for protocols_item_data in self.protocols:
            protocols_item = protocols_item_data.value
            protocols.append(protocols_item)

        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "createdAt": created_at,
                "createdBy": created_by,
                "expiresAt": expires_at,
                "id": id,
                "protocols": protocols,
                "accessToken": access_token,
                "expiresIn": expires_in,
                "tokenType": token_type,
            }
        )
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        id = UUID(d.pop("id"))

        protocols = []
        _protocols = d.pop("protocols")
        for protocols_item_data in _protocols:
            protocols_item = Protocol(protocols_item_data)

            protocols.append(protocols_item)

        access_token = d.pop("accessToken")

        expires_in = d.pop("expiresIn")

        token_type = d.pop("tokenType")

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

        issued_account_token = cls(
            account_id=account_id,
            created_at=created_at,
            created_by=created_by,
            expires_at=expires_at,
            id=id,
            protocols=protocols,
            access_token=access_token,
            expires_in=expires_in,
            token_type=token_type,
            last_used_at=last_used_at,
        )

        issued_account_token.additional_properties = d
        return issued_account_token

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
