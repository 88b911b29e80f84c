from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="UsersConfirmTotpParams")


@_attrs_define
class UsersConfirmTotpParams:
    """
    Attributes:
        code (str):
        user_id (UUID): A user account (mailbox).
    """

    code: str
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        user_id = UUID(d.pop("userId"))

        users_confirm_totp_params = cls(
            code=code,
            user_id=user_id,
        )

        return users_confirm_totp_params
