from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_spam_settings import UserSpamSettings


T = TypeVar("T", bound="UsersSetSpamSettingsParams")


@_attrs_define
class UsersSetSpamSettingsParams:
    """
    Attributes:
        settings (UserSpamSettings): A user's spam controls.
        user_id (UUID): A user account (mailbox).
    """

    settings: UserSpamSettings
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "settings": settings,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_spam_settings import UserSpamSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = UserSpamSettings.from_dict(d.pop("settings"))

        user_id = UUID(d.pop("userId"))

        users_set_spam_settings_params = cls(
            settings=settings,
            user_id=user_id,
        )

        return users_set_spam_settings_params
