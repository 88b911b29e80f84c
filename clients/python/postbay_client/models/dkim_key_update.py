from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.dkim_key_status import DkimKeyStatus

T = TypeVar("T", bound="DkimKeyUpdate")


@_attrs_define
class DkimKeyUpdate:
    """A key's new status: `active` (it signs from now on, and the active key of its algorithm
    retires) or `retired`.

        Attributes:
            status (DkimKeyStatus): Where a key is in its life (see the module's doc).
    """

    status: DkimKeyStatus

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = DkimKeyStatus(d.pop("status"))

        dkim_key_update = cls(
            status=status,
        )

        return dkim_key_update
