from enum import StrEnum


class FilterRuleConditionType9Type(StrEnum):
    HASATTACHMENT = "hasAttachment"

    def __str__(self) -> str:
        return str(self.value)
