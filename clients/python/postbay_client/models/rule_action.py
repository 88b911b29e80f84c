from enum import StrEnum


class RuleAction(StrEnum):
    DISCARD = "discard"
    NOTSPAM = "notSpam"
    REJECT = "reject"
    SCORE = "score"
    SPAM = "spam"

    def __str__(self) -> str:
        return str(self.value)
