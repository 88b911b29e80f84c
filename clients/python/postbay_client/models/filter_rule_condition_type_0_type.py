from enum import StrEnum


class FilterRuleConditionType0Type(StrEnum):
    FROM = "from"

    def __str__(self) -> str:
        return str(self.value)
