from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.dkim_key_status import DkimKeyStatus

T = TypeVar("T", bound="DkimKeysSetParams")


@_attrs_define
class DkimKeysSetParams:
    """
    Attributes:
        dkim_key_id (UUID): A DKIM key of a domain.
        domain_id (UUID): A mail domain.
        status (DkimKeyStatus): Where a key is in its life (see the module's doc).
    """

    dkim_key_id: UUID
    domain_id: UUID
    status: DkimKeyStatus

    def to_dict(self) -> dict[str, Any]:
        dkim_key_id = str(self.dkim_key_id)

        domain_id = str(self.domain_id)

        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dkimKeyId": dkim_key_id,
                "domainId": domain_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dkim_key_id = UUID(d.pop("dkimKeyId"))

        domain_id = UUID(d.pop("domainId"))

        status = DkimKeyStatus(d.pop("status"))

        dkim_keys_set_params = cls(
            dkim_key_id=dkim_key_id,
            domain_id=domain_id,
            status=status,
        )

        return dkim_keys_set_params
