from enum import StrEnum


class Pop3RetentionType0Mode(StrEnum):
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
