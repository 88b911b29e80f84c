from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """
    Attributes:
        password (str):
        user_name (str): `user@domain`, or a bare `user` of the primary domain.
    """

    password: str
    user_name: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        user_name = self.user_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "userName": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        user_name = d.pop("userName")

        login_request = cls(
            password=password,
            user_name=user_name,
        )

        return login_request
