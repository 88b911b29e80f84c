from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.spam_settings import SpamSettings


T = TypeVar("T", bound="AntiSpamSetParams")


@_attrs_define
class AntiSpamSetParams:
    """
    Attributes:
        settings (SpamSettings): The spam filter, server-wide.
    """

    settings: SpamSettings

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spam_settings import SpamSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = SpamSettings.from_dict(d.pop("settings"))

        anti_spam_set_params = cls(
            settings=settings,
        )

        return anti_spam_set_params
