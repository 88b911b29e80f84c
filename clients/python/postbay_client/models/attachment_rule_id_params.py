from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AttachmentRuleIdParams")


@_attrs_define
class AttachmentRuleIdParams:
    """
    Attributes:
        attachment_rule_id (UUID): A rule of the attachment filter (the server's or a domain's).
    """

    attachment_rule_id: UUID

    def to_dict(self) -> dict[str, Any]:
        attachment_rule_id = str(self.attachment_rule_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attachmentRuleId": attachment_rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_rule_id = UUID(d.pop("attachmentRuleId"))

        attachment_rule_id_params = cls(
            attachment_rule_id=attachment_rule_id,
        )

        return attachment_rule_id_params
