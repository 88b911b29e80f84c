from enum import StrEnum


class FilterRuleConditionType4Type(StrEnum):
    SENDER = "sender"

    def __str__(self) -> str:
        return str(self.value)
