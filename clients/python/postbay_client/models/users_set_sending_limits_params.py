from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sending_limits import SendingLimits


T = TypeVar("T", bound="UsersSetSendingLimitsParams")


@_attrs_define
class UsersSetSendingLimitsParams:
    """
    Attributes:
        limits (SendingLimits): Limits of one account, domain or tenant; an absent one does not limit.
        user_id (UUID): A user account (mailbox).
    """

    limits: SendingLimits
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        limits = self.limits.to_dict()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limits": limits,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_limits import SendingLimits  # noqa: PLC0415

        d = dict(src_dict)
        limits = SendingLimits.from_dict(d.pop("limits"))

        user_id = UUID(d.pop("userId"))

        users_set_sending_limits_params = cls(
            limits=limits,
            user_id=user_id,
        )

        return users_set_sending_limits_params
