from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_changes import AuditEventChanges


T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """One recorded change.

    Attributes:
        action (str): `<kind>.<verb>`, e.g. `account.create`.
        actor (str): `account:<address>`, `api-key:<prefix>` or `system`.
        at (datetime.datetime):
        changes (AuditEventChanges): The fields the change set (passwords and keys are never recorded).
        id (int):
        object_kind (str):
        actor_ip (None | str | Unset):
        domain_id (None | Unset | UUID):
        object_id (None | Unset | UUID):
    """

    action: str
    actor: str
    at: datetime.datetime
    changes: AuditEventChanges
    id: int
    object_kind: str
    actor_ip: None | str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    object_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor = self.actor

        at = self.at.isoformat()

        changes = self.changes.to_dict()

        id = self.id

        object_kind = self.object_kind

        actor_ip: None | str | Unset
        if isinstance(self.actor_ip, Unset):
            actor_ip = UNSET
        else:
            actor_ip = self.actor_ip

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        elif isinstance(self.object_id, UUID):
            object_id = str(self.object_id)
        else:
            object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "actor": actor,
                "at": at,
                "changes": changes,
                "id": id,
                "objectKind": object_kind,
            }
        )
        if actor_ip is not UNSET:
            field_dict["actorIp"] = actor_ip
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if object_id is not UNSET:
            field_dict["objectId"] = object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_changes import AuditEventChanges  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        changes = AuditEventChanges.from_dict(d.pop("changes"))

        id = d.pop("id")

        object_kind = d.pop("objectKind")

        def _parse_actor_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_ip = _parse_actor_ip(d.pop("actorIp", UNSET))

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_0 = UUID(data)

                return domain_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        def _parse_object_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_id_type_0 = UUID(data)

                return object_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        audit_event = cls(
            action=action,
            actor=actor,
            at=at,
            changes=changes,
            id=id,
            object_kind=object_kind,
            actor_ip=actor_ip,
            domain_id=domain_id,
            object_id=object_id,
        )

        audit_event.additional_properties = d
        return audit_event

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
