from enum import StrEnum


class FilterRuleConditionType5Type(StrEnum):
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)
