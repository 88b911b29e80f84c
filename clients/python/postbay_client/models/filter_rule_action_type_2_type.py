from enum import StrEnum


class FilterRuleActionType2Type(StrEnum):
    FORWARD = "forward"

    def __str__(self) -> str:
        return str(self.value)
