from enum import StrEnum


class PublishedDmarcPolicy(StrEnum):
    NONE = "none"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
