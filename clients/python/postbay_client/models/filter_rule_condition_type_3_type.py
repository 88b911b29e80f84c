from enum import StrEnum


class FilterRuleConditionType3Type(StrEnum):
    RECIPIENT = "recipient"

    def __str__(self) -> str:
        return str(self.value)
