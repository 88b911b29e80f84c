from enum import StrEnum


class BlockAction(StrEnum):
    DISCARD = "discard"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
