from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.vacation_settings import VacationSettings


T = TypeVar("T", bound="VacationSetParams")


@_attrs_define
class VacationSetParams:
    """
    Attributes:
        user_id (UUID): A user account (mailbox).
        vacation (VacationSettings): An account's out-of-office reply, as the API shows and sets it (JMAP's
            VacationResponse,
            with Kerio's "once a week per sender"). Compiled into the generated script's first block.
    """

    user_id: UUID
    vacation: VacationSettings

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        vacation = self.vacation.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
                "vacation": vacation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vacation_settings import VacationSettings  # noqa: PLC0415

        d = dict(src_dict)
        user_id = UUID(d.pop("userId"))

        vacation = VacationSettings.from_dict(d.pop("vacation"))

        vacation_set_params = cls(
            user_id=user_id,
            vacation=vacation,
        )

        return vacation_set_params
