from enum import StrEnum


class FilterRuleActionType1Type(StrEnum):
    COPYTO = "copyTo"

    def __str__(self) -> str:
        return str(self.value)
