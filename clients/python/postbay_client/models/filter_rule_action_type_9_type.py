from enum import StrEnum


class FilterRuleActionType9Type(StrEnum):
    REPLY = "reply"

    def __str__(self) -> str:
        return str(self.value)
