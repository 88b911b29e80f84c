from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SpamRuleIdParams")


@_attrs_define
class SpamRuleIdParams:
    """
    Attributes:
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
    """

    spam_rule_id: UUID

    def to_dict(self) -> dict[str, Any]:
        spam_rule_id = str(self.spam_rule_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "spamRuleId": spam_rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spam_rule_id = UUID(d.pop("spamRuleId"))

        spam_rule_id_params = cls(
            spam_rule_id=spam_rule_id,
        )

        return spam_rule_id_params
