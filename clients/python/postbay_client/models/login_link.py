from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginLink")


@_attrs_define
class LoginLink:
    """A new login link: its URL is in this answer only.

    Attributes:
        account_id (UUID): A user account (mailbox).
        expires_at (datetime.datetime):
        id (UUID): A one-time login link.
        token (str):
        url (str): `GET` it (once) for a session: `<api>/api/v1/auth/login-links/<token>`.
    """

    account_id: UUID
    expires_at: datetime.datetime
    id: UUID
    token: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        expires_at = self.expires_at.isoformat()

        id = str(self.id)

        token = self.token

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "expiresAt": expires_at,
                "id": id,
                "token": token,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        id = UUID(d.pop("id"))

        token = d.pop("token")

        url = d.pop("url")

        login_link = cls(
            account_id=account_id,
            expires_at=expires_at,
            id=id,
            token=token,
            url=url,
        )

        login_link.additional_properties = d
        return login_link

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
