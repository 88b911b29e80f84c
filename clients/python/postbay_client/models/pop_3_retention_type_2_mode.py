from enum import StrEnum


class Pop3RetentionType2Mode(StrEnum):
    KEEPDAYS = "keepDays"

    def __str__(self) -> str:
        return str(self.value)
