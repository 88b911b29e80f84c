from enum import StrEnum


class FilterRuleActionType10Type(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
