from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.rule_action import RuleAction
from ..models.rule_target import RuleTarget
from ..models.rule_test import RuleTest
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewSpamRule")


@_attrs_define
class NewSpamRule:
    """A rule to add.

    Attributes:
        action (RuleAction): What a matching rule does.
        name (str):
        target (RuleTarget): What part of a message a rule looks at.
        test (RuleTest): How a rule tests its target.
        description (str | Unset):
        domain_id (None | Unset | UUID):
        enabled (bool | Unset):
        header (None | str | Unset): Required with `target: header`: the field name, without the colon.
        position (int | None | Unset): Its place, from 0; the rules from there move down. Absent: at the end.
        score (float | Unset): -100 to 100, with `action: score`.
        stop (bool | Unset):
        value (str | Unset): What is looked for; not used by `exists`, `missing` and `isEmpty`. At most 1000
            characters; a regular expression for `matches`, a number of bytes for `above`.
    """

    action: RuleAction
    name: str
    target: RuleTarget
    test: RuleTest
    description: str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    enabled: bool | Unset = UNSET
    header: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    score: float | Unset = UNSET
    stop: bool | Unset = UNSET
    value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        name = self.name

        target = self.target.value

        test = self.test.value

        description = self.description

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        enabled = self.enabled

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        score = self.score

        stop = self.stop

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "name": name,
                "target": target,
                "test": test,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if header is not UNSET:
            field_dict["header"] = header
        if position is not UNSET:
            field_dict["position"] = position
        if score is not UNSET:
            field_dict["score"] = score
        if stop is not UNSET:
            field_dict["stop"] = stop
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = RuleAction(d.pop("action"))

        name = d.pop("name")

        target = RuleTarget(d.pop("target"))

        test = RuleTest(d.pop("test"))

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

        def _parse_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header = _parse_header(d.pop("header", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        score = d.pop("score", UNSET)

        stop = d.pop("stop", UNSET)

        value = d.pop("value", UNSET)

        new_spam_rule = cls(
            action=action,
            name=name,
            target=target,
            test=test,
            description=description,
            domain_id=domain_id,
            enabled=enabled,
            header=header,
            position=position,
            score=score,
            stop=stop,
            value=value,
        )

        return new_spam_rule
