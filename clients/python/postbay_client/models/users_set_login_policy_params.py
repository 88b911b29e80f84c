from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.account_login_policy import AccountLoginPolicy


T = TypeVar("T", bound="UsersSetLoginPolicyParams")


@_attrs_define
class UsersSetLoginPolicyParams:
    """
    Attributes:
        policy (AccountLoginPolicy): How an account may log in on the mail protocols.
        user_id (UUID): A user account (mailbox).
    """

    policy: AccountLoginPolicy
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy.to_dict()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "policy": policy,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_login_policy import AccountLoginPolicy  # noqa: PLC0415

        d = dict(src_dict)
        policy = AccountLoginPolicy.from_dict(d.pop("policy"))

        user_id = UUID(d.pop("userId"))

        users_set_login_policy_params = cls(
            policy=policy,
            user_id=user_id,
        )

        return users_set_login_policy_params
