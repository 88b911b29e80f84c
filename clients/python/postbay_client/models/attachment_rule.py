from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_action import AttachmentAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentRule")


@_attrs_define
class AttachmentRule:
    """An attachment rule.

    Attributes:
        action (AttachmentAction): What a matching rule does with an attachment.
        created_at (datetime.datetime):
        description (str):
        enabled (bool):
        id (UUID): A rule of the attachment filter (the server's or a domain's).
        pattern (str): A file name pattern (`*` any run, `?` one character) or, with a `/`, a MIME type
            (`application/*`).
        position (int): Its place in its list, from 0.
        domain_id (None | Unset | UUID):
    """

    action: AttachmentAction
    created_at: datetime.datetime
    description: str
    enabled: bool
    id: UUID
    pattern: str
    position: int
    domain_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        created_at = self.created_at.isoformat()

        description = self.description

        enabled = self.enabled

        id = str(self.id)

        pattern = self.pattern

        position = self.position

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "createdAt": created_at,
                "description": description,
                "enabled": enabled,
                "id": id,
                "pattern": pattern,
                "position": position,
            }
        )
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = AttachmentAction(d.pop("action"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        pattern = d.pop("pattern")

        position = d.pop("position")

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_1 = UUID(data)

                return domain_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        attachment_rule = cls(
            action=action,
            created_at=created_at,
            description=description,
            enabled=enabled,
            id=id,
            pattern=pattern,
            position=position,
            domain_id=domain_id,
        )

        attachment_rule.additional_properties = d
        return attachment_rule

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
