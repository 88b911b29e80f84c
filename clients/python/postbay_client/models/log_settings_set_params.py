from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.log_settings import LogSettings


T = TypeVar("T", bound="LogSettingsSetParams")


@_attrs_define
class LogSettingsSetParams:
    """
    Attributes:
        settings (LogSettings): Retention per family and the debug switches. (Defaults per field rather than for the
            whole: a default object on a field makes SDK generators drop the type.)
    """

    settings: LogSettings

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
        from ..models.log_settings import LogSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = LogSettings.from_dict(d.pop("settings"))

        log_settings_set_params = cls(
            settings=settings,
        )

        return log_settings_set_params
