from enum import StrEnum


class FilterRuleActionType8Type(StrEnum):
    SETKEYWORD = "setKeyword"

    def __str__(self) -> str:
        return str(self.value)
