from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sending_limits import SendingLimits


T = TypeVar("T", bound="DomainsSetSendingLimitsParams")


@_attrs_define
class DomainsSetSendingLimitsParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        limits (SendingLimits): Limits of one account, domain or tenant; an absent one does not limit.
    """

    domain_id: UUID
    limits: SendingLimits

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_limits import SendingLimits  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        limits = SendingLimits.from_dict(d.pop("limits"))

        domains_set_sending_limits_params = cls(
            domain_id=domain_id,
            limits=limits,
        )

        return domains_set_sending_limits_params
