from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.forwarding_body import ForwardingBody


T = TypeVar("T", bound="ForwardingSetParams")


@_attrs_define
class ForwardingSetParams:
    """
    Attributes:
        forwarding (ForwardingBody): Where an account's mail is forwarded.
        user_id (UUID): A user account (mailbox).
    """

    forwarding: ForwardingBody
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        forwarding = self.forwarding.to_dict()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "forwarding": forwarding,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forwarding_body import ForwardingBody  # noqa: PLC0415

        d = dict(src_dict)
        forwarding = ForwardingBody.from_dict(d.pop("forwarding"))

        user_id = UUID(d.pop("userId"))

        forwarding_set_params = cls(
            forwarding=forwarding,
            user_id=user_id,
        )

        return forwarding_set_params
