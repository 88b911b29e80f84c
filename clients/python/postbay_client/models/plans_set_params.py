from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plan_patch import PlanPatch


T = TypeVar("T", bound="PlansSetParams")


@_attrs_define
class PlansSetParams:
    """
    Attributes:
        id (UUID): A service plan: a named set of limits a tenant sells.
        pattern (PlanPatch): A change of a plan; what is given replaces what it had. New limits are applied to every
            node on the plan at once.
        force (bool | Unset): Take limits below what a node on the plan already uses (it then cannot grow).
    """

    id: UUID
    pattern: PlanPatch
    force: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        pattern = self.pattern.to_dict()

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "pattern": pattern,
            }
        )
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan_patch import PlanPatch  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        pattern = PlanPatch.from_dict(d.pop("pattern"))

        force = d.pop("force", UNSET)

        plans_set_params = cls(
            id=id,
            pattern=pattern,
            force=force,
        )

        return plans_set_params
