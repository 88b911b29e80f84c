from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.list_action import ListAction
from ..models.list_kind import ListKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewBlocklist")


@_attrs_define
class NewBlocklist:
    """A blocklist to add.

    Attributes:
        action (ListAction): What a listing does.
        kind (ListKind): What a blocklist lists.
        zone (str):
        description (str | Unset):
        enabled (bool | Unset):
        score (float | Unset): -100 to 100; ignored by `reject`. Default 2.
    """

    action: ListAction
    kind: ListKind
    zone: str
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    score: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        kind = self.kind.value

        zone = self.zone

        description = self.description

        enabled = self.enabled

        score = self.score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "kind": kind,
                "zone": zone,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ListAction(d.pop("action"))

        kind = ListKind(d.pop("kind"))

        zone = d.pop("zone")

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        score = d.pop("score", UNSET)

        new_blocklist = cls(
            action=action,
            kind=kind,
            zone=zone,
            description=description,
            enabled=enabled,
            score=score,
        )

        return new_blocklist
