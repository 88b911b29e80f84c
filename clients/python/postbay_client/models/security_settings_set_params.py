from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.security_settings import SecuritySettings


T = TypeVar("T", bound="SecuritySettingsSetParams")


@_attrs_define
class SecuritySettingsSetParams:
    """
    Attributes:
        settings (SecuritySettings): Login protection and session lifetimes.
    """

    settings: SecuritySettings

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
        from ..models.security_settings import SecuritySettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = SecuritySettings.from_dict(d.pop("settings"))

        security_settings_set_params = cls(
            settings=settings,
        )

        return security_settings_set_params
