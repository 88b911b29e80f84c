from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="DkimKeyIdParams")


@_attrs_define
class DkimKeyIdParams:
    """
    Attributes:
        dkim_key_id (UUID): A DKIM key of a domain.
        domain_id (UUID): A mail domain.
    """

    dkim_key_id: UUID
    domain_id: UUID

    def to_dict(self) -> dict[str, Any]:
        dkim_key_id = str(self.dkim_key_id)

        domain_id = str(self.domain_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dkimKeyId": dkim_key_id,
                "domainId": domain_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dkim_key_id = UUID(d.pop("dkimKeyId"))

        domain_id = UUID(d.pop("domainId"))

        dkim_key_id_params = cls(
            dkim_key_id=dkim_key_id,
            domain_id=domain_id,
        )

        return dkim_key_id_params
