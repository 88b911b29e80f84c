from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.domain_spam_settings import DomainSpamSettings


T = TypeVar("T", bound="AntiSpamSetDomainParams")


@_attrs_define
class AntiSpamSetDomainParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        settings (DomainSpamSettings): A domain's overrides; absent fields inherit the server's value.
    """

    domain_id: UUID
    settings: DomainSpamSettings

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_spam_settings import DomainSpamSettings  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        settings = DomainSpamSettings.from_dict(d.pop("settings"))

        anti_spam_set_domain_params = cls(
            domain_id=domain_id,
            settings=settings,
        )

        return anti_spam_set_domain_params
