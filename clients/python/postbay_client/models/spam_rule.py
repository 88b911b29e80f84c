from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rule_action import RuleAction
from ..models.rule_target import RuleTarget
from ..models.rule_test import RuleTest
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpamRule")


@_attrs_define
class SpamRule:
    """A custom rule.

    Attributes:
        action (RuleAction): What a matching rule does.
        created_at (datetime.datetime):
        description (str):
        enabled (bool):
        id (UUID): A custom rule of the spam filter (the server's or a domain's).
        name (str): Named in `X-Spam-Status` when it hits: letters, digits, `_`, `-`, `.`.
        position (int): Its place in its list, from 0: rules run in this order.
        score (float): Added with `action: score`: -100 to 100.
        stop (bool): With `action: score`: the rules below are not run when this one hits.
        target (RuleTarget): What part of a message a rule looks at.
        test (RuleTest): How a rule tests its target.
        value (str):
        domain_id (None | Unset | UUID):
        header (None | str | Unset): The header field tested (with `target: header`).
    """

    action: RuleAction
    created_at: datetime.datetime
    description: str
    enabled: bool
    id: UUID
    name: str
    position: int
    score: float
    stop: bool
    target: RuleTarget
    test: RuleTest
    value: str
    domain_id: None | Unset | UUID = UNSET
    header: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        created_at = self.created_at.isoformat()

        description = self.description

        enabled = self.enabled

        id = str(self.id)

        name = self.name

        position = self.position

        score = self.score

        stop = self.stop

        target = self.target.value

        test = self.test.value

        value = self.value

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "createdAt": created_at,
                "description": description,
                "enabled": enabled,
                "id": id,
                "name": name,
                "position": position,
                "score": score,
                "stop": stop,
                "target": target,
                "test": test,
                "value": value,
            }
        )
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if header is not UNSET:
            field_dict["header"] = header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = RuleAction(d.pop("action"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        position = d.pop("position")

        score = d.pop("score")

        stop = d.pop("stop")

        target = RuleTarget(d.pop("target"))

        test = RuleTest(d.pop("test"))

        value = d.pop("value")

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

        def _parse_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header = _parse_header(d.pop("header", UNSET))

        spam_rule = cls(
            action=action,
            created_at=created_at,
            description=description,
            enabled=enabled,
            id=id,
            name=name,
            position=position,
            score=score,
            stop=stop,
            target=target,
            test=test,
            value=value,
            domain_id=domain_id,
            header=header,
        )

        spam_rule.additional_properties = d
        return spam_rule

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
