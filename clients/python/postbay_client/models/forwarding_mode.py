from enum import StrEnum


class ForwardingMode(StrEnum):
    ETRN = "etrn"
    IMMEDIATE = "immediate"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)
