from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.filter_match_type import FilterMatchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filter_rule_action_type_0 import FilterRuleActionType0
    from ..models.filter_rule_action_type_1 import FilterRuleActionType1
    from ..models.filter_rule_action_type_2 import FilterRuleActionType2
    from ..models.filter_rule_action_type_3 import FilterRuleActionType3
    from ..models.filter_rule_action_type_4 import FilterRuleActionType4
    from ..models.filter_rule_action_type_5 import FilterRuleActionType5
    from ..models.filter_rule_action_type_6 import FilterRuleActionType6
    from ..models.filter_rule_action_type_7 import FilterRuleActionType7
    from ..models.filter_rule_action_type_8 import FilterRuleActionType8
    from ..models.filter_rule_action_type_9 import FilterRuleActionType9
    from ..models.filter_rule_action_type_10 import FilterRuleActionType10
    from ..models.filter_rule_condition_type_0 import FilterRuleConditionType0
    from ..models.filter_rule_condition_type_1 import FilterRuleConditionType1
    from ..models.filter_rule_condition_type_2 import FilterRuleConditionType2
    from ..models.filter_rule_condition_type_3 import FilterRuleConditionType3
    from ..models.filter_rule_condition_type_4 import FilterRuleConditionType4
    from ..models.filter_rule_condition_type_5 import FilterRuleConditionType5
    from ..models.filter_rule_condition_type_6 import FilterRuleConditionType6
    from ..models.filter_rule_condition_type_7 import FilterRuleConditionType7
    from ..models.filter_rule_condition_type_8 import FilterRuleConditionType8
    from ..models.filter_rule_condition_type_9 import FilterRuleConditionType9
    from ..models.filter_rule_condition_type_10 import FilterRuleConditionType10


T = TypeVar("T", bound="FilterRule")


@_attrs_define
class FilterRule:
    """One rule: when its conditions hold (all of them, or any), its actions are taken.

    Attributes:
        actions (list[FilterRuleActionType0 | FilterRuleActionType1 | FilterRuleActionType10 | FilterRuleActionType2 |
            FilterRuleActionType3 | FilterRuleActionType4 | FilterRuleActionType5 | FilterRuleActionType6 |
            FilterRuleActionType7 | FilterRuleActionType8 | FilterRuleActionType9]): At least one.
        name (str): 1 to 100 characters.
        conditions (list[FilterRuleConditionType0 | FilterRuleConditionType1 | FilterRuleConditionType10 |
            FilterRuleConditionType2 | FilterRuleConditionType3 | FilterRuleConditionType4 | FilterRuleConditionType5 |
            FilterRuleConditionType6 | FilterRuleConditionType7 | FilterRuleConditionType8 | FilterRuleConditionType9] |
            Unset): None: the rule applies to every message.
        enabled (bool | Unset): A disabled rule is kept but not run.
        match_type (FilterMatchType | Unset):
    """

    actions: list[
        FilterRuleActionType0
        | FilterRuleActionType1
        | FilterRuleActionType10
        | FilterRuleActionType2
        | FilterRuleActionType3
        | FilterRuleActionType4
        | FilterRuleActionType5
        | FilterRuleActionType6
        | FilterRuleActionType7
        | FilterRuleActionType8
        | FilterRuleActionType9
    ]
    name: str
    conditions: (
        list[
            FilterRuleConditionType0
            | FilterRuleConditionType1
            | FilterRuleConditionType10
            | FilterRuleConditionType2
            | FilterRuleConditionType3
            | FilterRuleConditionType4
            | FilterRuleConditionType5
            | FilterRuleConditionType6
            | FilterRuleConditionType7
            | FilterRuleConditionType8
            | FilterRuleConditionType9
        ]
        | Unset
    ) = UNSET
    enabled: bool | Unset = UNSET
    match_type: FilterMatchType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.filter_rule_action_type_0 import FilterRuleActionType0  # noqa: PLC0415
        from ..models.filter_rule_action_type_1 import FilterRuleActionType1  # noqa: PLC0415
        from ..models.filter_rule_action_type_2 import FilterRuleActionType2  # noqa: PLC0415
        from ..models.filter_rule_action_type_3 import FilterRuleActionType3  # noqa: PLC0415
        from ..models.filter_rule_action_type_4 import FilterRuleActionType4  # noqa: PLC0415
        from ..models.filter_rule_action_type_5 import FilterRuleActionType5  # noqa: PLC0415
        from ..models.filter_rule_action_type_6 import FilterRuleActionType6  # noqa: PLC0415
        from ..models.filter_rule_action_type_7 import FilterRuleActionType7  # noqa: PLC0415
        from ..models.filter_rule_action_type_8 import FilterRuleActionType8  # noqa: PLC0415
        from ..models.filter_rule_action_type_9 import FilterRuleActionType9  # noqa: PLC0415
        from ..models.filter_rule_condition_type_0 import FilterRuleConditionType0  # noqa: PLC0415
        from ..models.filter_rule_condition_type_1 import FilterRuleConditionType1  # noqa: PLC0415
        from ..models.filter_rule_condition_type_2 import FilterRuleConditionType2  # noqa: PLC0415
        from ..models.filter_rule_condition_type_3 import FilterRuleConditionType3  # noqa: PLC0415
        from ..models.filter_rule_condition_type_4 import FilterRuleConditionType4  # noqa: PLC0415
        from ..models.filter_rule_condition_type_5 import FilterRuleConditionType5  # noqa: PLC0415
        from ..models.filter_rule_condition_type_6 import FilterRuleConditionType6  # noqa: PLC0415
        from ..models.filter_rule_condition_type_7 import FilterRuleConditionType7  # noqa: PLC0415
        from ..models.filter_rule_condition_type_8 import FilterRuleConditionType8  # noqa: PLC0415
        from ..models.filter_rule_condition_type_9 import FilterRuleConditionType9  # noqa: PLC0415

        actions = []
        for actions_item_data in self.actions:
            actions_item: dict[str, Any]
            if isinstance(actions_item_data, FilterRuleActionType0):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType1):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType2):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType3):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType4):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType5):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType6):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType7):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType8):
                actions_item = actions_item_data.to_dict()
            elif isinstance(actions_item_data, FilterRuleActionType9):
                actions_item = actions_item_data.to_dict()
            else:
                actions_item = actions_item_data.to_dict()

            actions.append(actions_item)

        name = self.name

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item: dict[str, Any]
                if isinstance(conditions_item_data, FilterRuleConditionType0):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType1):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType2):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType3):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType4):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType5):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType6):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType7):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType8):
                    conditions_item = conditions_item_data.to_dict()
                elif isinstance(conditions_item_data, FilterRuleConditionType9):
                    conditions_item = conditions_item_data.to_dict()
                else:
                    conditions_item = conditions_item_data.to_dict()

                conditions.append(conditions_item)

        enabled = self.enabled

        match_type: str | Unset = UNSET
        if not isinstance(self.match_type, Unset):
            match_type = self.match_type.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "name": name,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if match_type is not UNSET:
            field_dict["matchType"] = match_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_rule_action_type_0 import FilterRuleActionType0  # noqa: PLC0415
        from ..models.filter_rule_action_type_1 import FilterRuleActionType1  # noqa: PLC0415
        from ..models.filter_rule_action_type_2 import FilterRuleActionType2  # noqa: PLC0415
        from ..models.filter_rule_action_type_3 import FilterRuleActionType3  # noqa: PLC0415
        from ..models.filter_rule_action_type_4 import FilterRuleActionType4  # noqa: PLC0415
        from ..models.filter_rule_action_type_5 import FilterRuleActionType5  # noqa: PLC0415
        from ..models.filter_rule_action_type_6 import FilterRuleActionType6  # noqa: PLC0415
        from ..models.filter_rule_action_type_7 import FilterRuleActionType7  # noqa: PLC0415
        from ..models.filter_rule_action_type_8 import FilterRuleActionType8  # noqa: PLC0415
        from ..models.filter_rule_action_type_9 import FilterRuleActionType9  # noqa: PLC0415
        from ..models.filter_rule_action_type_10 import FilterRuleActionType10  # noqa: PLC0415
        from ..models.filter_rule_condition_type_0 import FilterRuleConditionType0  # noqa: PLC0415
        from ..models.filter_rule_condition_type_1 import FilterRuleConditionType1  # noqa: PLC0415
        from ..models.filter_rule_condition_type_2 import FilterRuleConditionType2  # noqa: PLC0415
        from ..models.filter_rule_condition_type_3 import FilterRuleConditionType3  # noqa: PLC0415
        from ..models.filter_rule_condition_type_4 import FilterRuleConditionType4  # noqa: PLC0415
        from ..models.filter_rule_condition_type_5 import FilterRuleConditionType5  # noqa: PLC0415
        from ..models.filter_rule_condition_type_6 import FilterRuleConditionType6  # noqa: PLC0415
        from ..models.filter_rule_condition_type_7 import FilterRuleConditionType7  # noqa: PLC0415
        from ..models.filter_rule_condition_type_8 import FilterRuleConditionType8  # noqa: PLC0415
        from ..models.filter_rule_condition_type_9 import FilterRuleConditionType9  # noqa: PLC0415
        from ..models.filter_rule_condition_type_10 import FilterRuleConditionType10  # noqa: PLC0415

        d = dict(src_dict)
        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:

            def _parse_actions_item(
                data: object,
            ) -> (
                FilterRuleActionType0
                | FilterRuleActionType1
                | FilterRuleActionType10
                | FilterRuleActionType2
                | FilterRuleActionType3
                | FilterRuleActionType4
                | FilterRuleActionType5
                | FilterRuleActionType6
                | FilterRuleActionType7
                | FilterRuleActionType8
                | FilterRuleActionType9
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_0 = FilterRuleActionType0.from_dict(data)

                    return componentsschemas_filter_rule_action_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_1 = FilterRuleActionType1.from_dict(data)

                    return componentsschemas_filter_rule_action_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_2 = FilterRuleActionType2.from_dict(data)

                    return componentsschemas_filter_rule_action_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_3 = FilterRuleActionType3.from_dict(data)

                    return componentsschemas_filter_rule_action_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_4 = FilterRuleActionType4.from_dict(data)

                    return componentsschemas_filter_rule_action_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_5 = FilterRuleActionType5.from_dict(data)

                    return componentsschemas_filter_rule_action_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_6 = FilterRuleActionType6.from_dict(data)

                    return componentsschemas_filter_rule_action_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_7 = FilterRuleActionType7.from_dict(data)

                    return componentsschemas_filter_rule_action_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_8 = FilterRuleActionType8.from_dict(data)

                    return componentsschemas_filter_rule_action_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_action_type_9 = FilterRuleActionType9.from_dict(data)

                    return componentsschemas_filter_rule_action_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_filter_rule_action_type_10 = FilterRuleActionType10.from_dict(data)

                return componentsschemas_filter_rule_action_type_10

            actions_item = _parse_actions_item(actions_item_data)

            actions.append(actions_item)

        name = d.pop("name")

        _conditions = d.pop("conditions", UNSET)
        conditions: (
            list[
                FilterRuleConditionType0
                | FilterRuleConditionType1
                | FilterRuleConditionType10
                | FilterRuleConditionType2
                | FilterRuleConditionType3
                | FilterRuleConditionType4
                | FilterRuleConditionType5
                | FilterRuleConditionType6
                | FilterRuleConditionType7
                | FilterRuleConditionType8
                | FilterRuleConditionType9
            ]
            | Unset
        ) = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:

                def _parse_conditions_item(
                    data: object,
                ) -> (
                    FilterRuleConditionType0
                    | FilterRuleConditionType1
                    | FilterRuleConditionType10
                    | FilterRuleConditionType2
                    | FilterRuleConditionType3
                    | FilterRuleConditionType4
                    | FilterRuleConditionType5
                    | FilterRuleConditionType6
                    | FilterRuleConditionType7
                    | FilterRuleConditionType8
                    | FilterRuleConditionType9
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_0 = FilterRuleConditionType0.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_1 = FilterRuleConditionType1.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_2 = FilterRuleConditionType2.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_3 = FilterRuleConditionType3.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_4 = FilterRuleConditionType4.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_5 = FilterRuleConditionType5.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_6 = FilterRuleConditionType6.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_7 = FilterRuleConditionType7.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_8 = FilterRuleConditionType8.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_filter_rule_condition_type_9 = FilterRuleConditionType9.from_dict(data)

                        return componentsschemas_filter_rule_condition_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_filter_rule_condition_type_10 = FilterRuleConditionType10.from_dict(data)

                    return componentsschemas_filter_rule_condition_type_10

                conditions_item = _parse_conditions_item(conditions_item_data)

                conditions.append(conditions_item)

        enabled = d.pop("enabled", UNSET)

        _match_type = d.pop("matchType", UNSET)
        match_type: FilterMatchType | Unset
        if isinstance(_match_type, Unset):
            match_type = UNSET
        else:
            match_type = FilterMatchType(_match_type)

        filter_rule = cls(
            actions=actions,
            name=name,
            conditions=conditions,
            enabled=enabled,
            match_type=match_type,
        )

        return filter_rule
