from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.delivery_settings import DeliverySettings


T = TypeVar("T", bound="DeliverySetParams")


@_attrs_define
class DeliverySetParams:
    """
    Attributes:
        settings (DeliverySettings): Outbound delivery settings.
    """

    settings: DeliverySettings

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
        from ..models.delivery_settings import DeliverySettings  # noqa: PLC0415

        d = dict(src_dict)
        settings = DeliverySettings.from_dict(d.pop("settings"))

        delivery_set_params = cls(
            settings=settings,
        )

        return delivery_set_params
