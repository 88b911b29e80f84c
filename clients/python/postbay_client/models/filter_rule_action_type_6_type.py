from enum import StrEnum


class FilterRuleActionType6Type(StrEnum):
    MARKREAD = "markRead"

    def __str__(self) -> str:
        return str(self.value)
