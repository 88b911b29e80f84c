from enum import StrEnum


class FilterRuleActionType0Type(StrEnum):
    MOVETO = "moveTo"

    def __str__(self) -> str:
        return str(self.value)
