from enum import StrEnum


class FilterRuleConditionType10Type(StrEnum):
    SPAM = "spam"

    def __str__(self) -> str:
        return str(self.value)
