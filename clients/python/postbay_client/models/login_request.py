from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """
    Attributes:
        password (str):
        user_name (str): `user@domain`, or a bare `user` of the primary domain.
        totp_code (None | str | Unset): The second factor, for an account that has one or must have one: a current TOTP
            code
            or an unused recovery code. Mail protocols never ask for it.
    """

    password: str
    user_name: str
    totp_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        user_name = self.user_name

        totp_code: None | str | Unset
        if isinstance(self.totp_code, Unset):
            totp_code = UNSET
        else:
            totp_code = self.totp_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "userName": user_name,
            }
        )
        if totp_code is not UNSET:
            field_dict["totpCode"] = totp_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        user_name = d.pop("userName")

        def _parse_totp_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        totp_code = _parse_totp_code(d.pop("totpCode", UNSET))

        login_request = cls(
            password=password,
            user_name=user_name,
            totp_code=totp_code,
        )

        return login_request
