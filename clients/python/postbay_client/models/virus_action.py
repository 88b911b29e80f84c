from enum import StrEnum


class VirusAction(StrEnum):
    DISCARD = "discard"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
