from enum import StrEnum


class Pop3Authentication(StrEnum):
    APOP = "apop"
    PLAIN = "plain"

    def __str__(self) -> str:
        return str(self.value)
