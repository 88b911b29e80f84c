from enum import StrEnum


class FilterRuleConditionType6Type(StrEnum):
    HEADER = "header"

    def __str__(self) -> str:
        return str(self.value)
