from enum import StrEnum


class FilterRuleConditionType2Type(StrEnum):
    CC = "cc"

    def __str__(self) -> str:
        return str(self.value)
