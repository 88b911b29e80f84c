from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhooksRedeliverParams")


@_attrs_define
class WebhooksRedeliverParams:
    """
    Attributes:
        delivery_id (UUID): One event's delivery to one webhook subscription.
        id (UUID): A webhook subscription.
    """

    delivery_id: UUID
    id: UUID

    def to_dict(self) -> dict[str, Any]:
        delivery_id = str(self.delivery_id)

        id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deliveryId": delivery_id,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_id = UUID(d.pop("deliveryId"))

        id = UUID(d.pop("id"))

        webhooks_redeliver_params = cls(
            delivery_id=delivery_id,
            id=id,
        )

        return webhooks_redeliver_params
