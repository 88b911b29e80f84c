from enum import StrEnum


class RowStatus(StrEnum):
    CREATED = "created"
    FAILED = "failed"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
