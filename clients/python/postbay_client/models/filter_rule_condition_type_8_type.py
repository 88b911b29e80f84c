from enum import StrEnum


class FilterRuleConditionType8Type(StrEnum):
    SIZEUNDER = "sizeUnder"

    def __str__(self) -> str:
        return str(self.value)
