from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.acme_settings import AcmeSettings


T = TypeVar("T", bound="AcmeSettingsSetParams")


@_attrs_define
class AcmeSettingsSetParams:
    """
    Attributes:
        settings (AcmeSettings): How the server orders certificates.
    """

    settings: AcmeSettings

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
        from ..models.acme_settings import AcmeSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = AcmeSettings.from_dict(d.pop("settings"))

        acme_settings_set_params = cls(
            settings=settings,
        )

        return acme_settings_set_params
