from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="UsersRemoveAppPasswordParams")


@_attrs_define
class UsersRemoveAppPasswordParams:
    """
    Attributes:
        app_password_id (UUID): An application-specific password of an account.
        user_id (UUID): A user account (mailbox).
    """

    app_password_id: UUID
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        app_password_id = str(self.app_password_id)

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "appPasswordId": app_password_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_password_id = UUID(d.pop("appPasswordId"))

        user_id = UUID(d.pop("userId"))

        users_remove_app_password_params = cls(
            app_password_id=app_password_id,
            user_id=user_id,
        )

        return users_remove_app_password_params
