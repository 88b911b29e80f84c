from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuarantineIdParams")


@_attrs_define
class QuarantineIdParams:
    """
    Attributes:
        quarantine_id (UUID): A message the filter holds in quarantine (one per recipient domain).
    """

    quarantine_id: UUID

    def to_dict(self) -> dict[str, Any]:
        quarantine_id = str(self.quarantine_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quarantineId": quarantine_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quarantine_id = UUID(d.pop("quarantineId"))

        quarantine_id_params = cls(
            quarantine_id=quarantine_id,
        )

        return quarantine_id_params
