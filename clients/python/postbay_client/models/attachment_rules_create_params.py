from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_attachment_rule import NewAttachmentRule


T = TypeVar("T", bound="AttachmentRulesCreateParams")


@_attrs_define
class AttachmentRulesCreateParams:
    """
    Attributes:
        rule (NewAttachmentRule): An attachment rule to add.
    """

    rule: NewAttachmentRule

    def to_dict(self) -> dict[str, Any]:
        rule = self.rule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "rule": rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_attachment_rule import NewAttachmentRule  # noqa: PLC0415

        d = dict(src_dict)
        rule = NewAttachmentRule.from_dict(d.pop("rule"))

        attachment_rules_create_params = cls(
            rule=rule,
        )

        return attachment_rules_create_params
