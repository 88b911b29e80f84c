from enum import StrEnum


class FilterRuleConditionType7Type(StrEnum):
    SIZEOVER = "sizeOver"

    def __str__(self) -> str:
        return str(self.value)
