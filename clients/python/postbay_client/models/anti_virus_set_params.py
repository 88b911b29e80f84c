from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.antivirus_settings import AntivirusSettings


T = TypeVar("T", bound="AntiVirusSetParams")


@_attrs_define
class AntiVirusSetParams:
    """
    Attributes:
        settings (AntivirusSettings): Antivirus, server-wide.
    """

    settings: AntivirusSettings

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
        from ..models.antivirus_settings import AntivirusSettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = AntivirusSettings.from_dict(d.pop("settings"))

        anti_virus_set_params = cls(
            settings=settings,
        )

        return anti_virus_set_params
