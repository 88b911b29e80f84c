from enum import StrEnum


class UnscannableAction(StrEnum):
    ACCEPT = "accept"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
