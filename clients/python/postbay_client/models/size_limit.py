from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.byte_value import ByteValue


T = TypeVar("T", bound="SizeLimit")


@_attrs_define
class SizeLimit:
    """A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.

    Attributes:
        is_active (bool):
        limit (ByteValue): A size with its unit (Kerio's `ByteValueWithUnits`).
    """

    is_active: bool
    limit: ByteValue

    def to_dict(self) -> dict[str, Any]:
        is_active = self.is_active

        limit = self.limit.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "isActive": is_active,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.byte_value import ByteValue  # noqa: PLC0415

        d = dict(src_dict)
        is_active = d.pop("isActive")

        limit = ByteValue.from_dict(d.pop("limit"))

        size_limit = cls(
            is_active=is_active,
            limit=limit,
        )

        return size_limit
