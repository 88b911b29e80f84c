from enum import StrEnum


class FailAction(StrEnum):
    ACCEPT = "accept"
    JUNK = "junk"
    QUARANTINE = "quarantine"
    REJECT = "reject"
    TAGSUBJECT = "tagSubject"

    def __str__(self) -> str:
        return str(self.value)
