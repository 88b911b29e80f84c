from enum import StrEnum


class Pop3RetentionType1Mode(StrEnum):
    KEEP = "keep"

    def __str__(self) -> str:
        return str(self.value)
