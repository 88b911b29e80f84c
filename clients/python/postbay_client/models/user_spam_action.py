from enum import StrEnum


class UserSpamAction(StrEnum):
    JUNK = "junk"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
