from enum import StrEnum


class FilterRuleConditionType1Type(StrEnum):
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)
