from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.client_application import ClientApplication


T = TypeVar("T", bound="LoginParams")


@_attrs_define
class LoginParams:
    """
    Attributes:
        application (ClientApplication): The client that opened an admin session, as Kerio's `Session.login` names it.
        password (str):
        user_name (str): `user@domain`, or a bare user of the primary domain.
    """

    application: ClientApplication
    password: str
    user_name: str

    def to_dict(self) -> dict[str, Any]:
        application = self.application.to_dict()

        password = self.password

        user_name = self.user_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "application": application,
                "password": password,
                "userName": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_application import ClientApplication  # noqa: PLC0415

        d = dict(src_dict)
        application = ClientApplication.from_dict(d.pop("application"))

        password = d.pop("password")

        user_name = d.pop("userName")

        login_params = cls(
            application=application,
            password=password,
            user_name=user_name,
        )

        return login_params
