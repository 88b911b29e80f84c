from enum import StrEnum


class HoldReason(StrEnum):
    OUTBOUND = "outbound"
    SPAM = "spam"
    UNAUTHENTICATED = "unauthenticated"
    VIRUS = "virus"

    def __str__(self) -> str:
        return str(self.value)
