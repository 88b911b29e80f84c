from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.rule_action import RuleAction
from ..models.rule_target import RuleTarget
from ..models.rule_test import RuleTest
from ..types import UNSET, Unset

T = TypeVar("T", bound="SpamRuleUpdate")


@_attrs_define
class SpamRuleUpdate:
    """Changes to a rule; what is left out stays. The list it is in does not change.

    Attributes:
        action (None | RuleAction | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        header (None | str | Unset):
        name (None | str | Unset):
        position (int | None | Unset): Moves it to this place in its list.
        score (float | None | Unset):
        stop (bool | None | Unset):
        target (None | RuleTarget | Unset):
        test (None | RuleTest | Unset):
        value (None | str | Unset):
    """

    action: None | RuleAction | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    header: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    score: float | None | Unset = UNSET
    stop: bool | None | Unset = UNSET
    target: None | RuleTarget | Unset = UNSET
    test: None | RuleTest | Unset = UNSET
    value: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, RuleAction):
            action = self.action.value
        else:
            action = self.action

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        header: None | str | Unset
        if isinstance(self.header, Unset):
            header = UNSET
        else:
            header = self.header

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        stop: bool | None | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        else:
            stop = self.stop

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, RuleTarget):
            target = self.target.value
        else:
            target = self.target

        test: None | str | Unset
        if isinstance(self.test, Unset):
            test = UNSET
        elif isinstance(self.test, RuleTest):
            test = self.test.value
        else:
            test = self.test

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if header is not UNSET:
            field_dict["header"] = header
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if score is not UNSET:
            field_dict["score"] = score
        if stop is not UNSET:
            field_dict["stop"] = stop
        if target is not UNSET:
            field_dict["target"] = target
        if test is not UNSET:
            field_dict["test"] = test
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_action(data: object) -> None | RuleAction | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_1 = RuleAction(data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleAction | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header = _parse_header(d.pop("header", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_stop(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_target(data: object) -> None | RuleTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_1 = RuleTarget(data)

                return target_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleTarget | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_test(data: object) -> None | RuleTest | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                test_type_1 = RuleTest(data)

                return test_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RuleTest | Unset, data)

        test = _parse_test(d.pop("test", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        spam_rule_update = cls(
            action=action,
            description=description,
            enabled=enabled,
            header=header,
            name=name,
            position=position,
            score=score,
            stop=stop,
            target=target,
            test=test,
            value=value,
        )

        return spam_rule_update
