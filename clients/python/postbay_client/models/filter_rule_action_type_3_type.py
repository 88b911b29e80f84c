from enum import StrEnum


class FilterRuleActionType3Type(StrEnum):
    REDIRECT = "redirect"

    def __str__(self) -> str:
        return str(self.value)
