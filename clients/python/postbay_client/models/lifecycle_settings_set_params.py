from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.lifecycle_settings import LifecycleSettings


T = TypeVar("T", bound="LifecycleSettingsSetParams")


@_attrs_define
class LifecycleSettingsSetParams:
    """
    Attributes:
        settings (LifecycleSettings): How termination works on this server.
    """

    settings: LifecycleSettings

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
        from ..models.lifecycle_settings import LifecycleSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = LifecycleSettings.from_dict(d.pop("settings"))

        lifecycle_settings_set_params = cls(
            settings=settings,
        )

        return lifecycle_settings_set_params
