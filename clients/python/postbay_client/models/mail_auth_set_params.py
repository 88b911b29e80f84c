from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.mail_auth_settings import MailAuthSettings


T = TypeVar("T", bound="MailAuthSetParams")


@_attrs_define
class MailAuthSetParams:
    """
    Attributes:
        settings (MailAuthSettings): Sender authentication, server-wide.
    """

    settings: MailAuthSettings

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
        from ..models.mail_auth_settings import MailAuthSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = MailAuthSettings.from_dict(d.pop("settings"))

        mail_auth_set_params = cls(
            settings=settings,
        )

        return mail_auth_set_params
