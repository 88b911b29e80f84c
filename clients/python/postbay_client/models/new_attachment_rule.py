from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.attachment_action import AttachmentAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewAttachmentRule")


@_attrs_define
class NewAttachmentRule:
    """An attachment rule to add.

    Attributes:
        action (AttachmentAction): What a matching rule does with an attachment.
        pattern (str):
        description (str | Unset):
        domain_id (None | Unset | UUID):
        enabled (bool | Unset):
        position (int | None | Unset): Its place, from 0; absent: at the end.
    """

    action: AttachmentAction
    pattern: str
    description: str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    enabled: bool | Unset = UNSET
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        pattern = self.pattern

        description = self.description

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        enabled = self.enabled

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "pattern": pattern,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = AttachmentAction(d.pop("action"))

        pattern = d.pop("pattern")

        description = d.pop("description", UNSET)

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

        enabled = d.pop("enabled", UNSET)

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        new_attachment_rule = cls(
            action=action,
            pattern=pattern,
            description=description,
            domain_id=domain_id,
            enabled=enabled,
            position=position,
        )

        return new_attachment_rule
