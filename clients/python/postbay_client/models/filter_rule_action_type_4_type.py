from enum import StrEnum


class FilterRuleActionType4Type(StrEnum):
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
