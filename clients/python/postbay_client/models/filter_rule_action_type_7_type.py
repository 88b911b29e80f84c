from enum import StrEnum


class FilterRuleActionType7Type(StrEnum):
    MARKFLAGGED = "markFlagged"

    def __str__(self) -> str:
        return str(self.value)
