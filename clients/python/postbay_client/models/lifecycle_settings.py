from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LifecycleSettings")


@_attrs_define
class LifecycleSettings:
    """How termination works on this server.

    Attributes:
        deletion_grace_days (int | Unset): Days a deleted tenant, domain or account can still be restored before it is
            purged;
            0 purges at the job's next pass (within seconds). Default: 30.
    """

    deletion_grace_days: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        deletion_grace_days = self.deletion_grace_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if deletion_grace_days is not UNSET:
            field_dict["deletionGraceDays"] = deletion_grace_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deletion_grace_days = d.pop("deletionGraceDays", UNSET)

        lifecycle_settings = cls(
            deletion_grace_days=deletion_grace_days,
        )

        return lifecycle_settings
