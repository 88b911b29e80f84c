from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.webhook_patch import WebhookPatch


T = TypeVar("T", bound="WebhooksSetParams")


@_attrs_define
class WebhooksSetParams:
    """
    Attributes:
        id (UUID): A webhook subscription.
        pattern (WebhookPatch): Changes to a subscription; absent fields stay.
    """

    id: UUID
    pattern: WebhookPatch

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_patch import WebhookPatch  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        pattern = WebhookPatch.from_dict(d.pop("pattern"))

        webhooks_set_params = cls(
            id=id,
            pattern=pattern,
        )

        return webhooks_set_params
