from enum import StrEnum


class DkimKeyStatus(StrEnum):
    ACTIVE = "active"
    PENDING = "pending"
    RETIRED = "retired"

    def __str__(self) -> str:
        return str(self.value)
