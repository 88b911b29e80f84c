from enum import StrEnum


class FilterRuleActionType5Type(StrEnum):
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
