from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sending_limits import SendingLimits


T = TypeVar("T", bound="TenantsSetSendingLimitsParams")


@_attrs_define
class TenantsSetSendingLimitsParams:
    """
    Attributes:
        limits (SendingLimits): Limits of one account, domain or tenant; an absent one does not limit.
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
    """

    limits: SendingLimits
    tenant_id: UUID

    def to_dict(self) -> dict[str, Any]:
        limits = self.limits.to_dict()

        tenant_id = str(self.tenant_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "limits": limits,
                "tenantId": tenant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_limits import SendingLimits  # noqa: PLC0415

        d = dict(src_dict)
        limits = SendingLimits.from_dict(d.pop("limits"))

        tenant_id = UUID(d.pop("tenantId"))

        tenants_set_sending_limits_params = cls(
            limits=limits,
            tenant_id=tenant_id,
        )

        return tenants_set_sending_limits_params
