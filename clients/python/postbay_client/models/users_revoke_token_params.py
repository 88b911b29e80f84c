from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="UsersRevokeTokenParams")


@_attrs_define
class UsersRevokeTokenParams:
    """
    Attributes:
        token_id (UUID): A bearer token the API issued for an account's mail protocols.
        user_id (UUID): A user account (mailbox).
    """

    token_id: UUID
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        token_id = str(self.token_id)

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tokenId": token_id,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_id = UUID(d.pop("tokenId"))

        user_id = UUID(d.pop("userId"))

        users_revoke_token_params = cls(
            token_id=token_id,
            user_id=user_id,
        )

        return users_revoke_token_params
