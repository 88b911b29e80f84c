from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AccountLoginPolicy")


@_attrs_define
class AccountLoginPolicy:
    """How an account may log in on the mail protocols.

    Attributes:
        app_passwords_only (bool): IMAP, POP3, SMTP submission and ManageSieve refuse the main password: only app
            passwords and tokens open them. The main password still opens the API.
    """

    app_passwords_only: bool

    def to_dict(self) -> dict[str, Any]:
        app_passwords_only = self.app_passwords_only

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appPasswordsOnly": app_passwords_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_passwords_only = d.pop("appPasswordsOnly")

        account_login_policy = cls(
            app_passwords_only=app_passwords_only,
        )

        return account_login_policy
