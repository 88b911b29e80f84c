from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_action import ListAction
from ..models.list_kind import ListKind

T = TypeVar("T", bound="Blocklist")


@_attrs_define
class Blocklist:
    """A DNS blocklist.

    Attributes:
        action (ListAction): What a listing does.
        created_at (datetime.datetime):
        description (str):
        enabled (bool):
        id (UUID): A DNS blocklist the spam filter asks.
        kind (ListKind): What a blocklist lists.
        score (float): Added to the score on a listing (with `action: score`); -100 to 100. Kerio
            recommends 1 to 3: several lists add up.
        zone (str): The DNS zone asked (`zen.spamhaus.org`).
    """

    action: ListAction
    created_at: datetime.datetime
    description: str
    enabled: bool
    id: UUID
    kind: ListKind
    score: float
    zone: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        created_at = self.created_at.isoformat()

        description = self.description

        enabled = self.enabled

        id = str(self.id)

        kind = self.kind.value

        score = self.score

        zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "createdAt": created_at,
                "description": description,
                "enabled": enabled,
                "id": id,
                "kind": kind,
                "score": score,
                "zone": zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ListAction(d.pop("action"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        kind = ListKind(d.pop("kind"))

        score = d.pop("score")

        zone = d.pop("zone")

        blocklist = cls(
            action=action,
            created_at=created_at,
            description=description,
            enabled=enabled,
            id=id,
            kind=kind,
            score=score,
            zone=zone,
        )

        blocklist.additional_properties = d
        return blocklist

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
