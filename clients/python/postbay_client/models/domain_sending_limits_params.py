from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DomainSendingLimitsParams")


@_attrs_define
class DomainSendingLimitsParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
    """

    domain_id: UUID

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        domain_sending_limits_params = cls(
            domain_id=domain_id,
        )

        return domain_sending_limits_params
