from enum import StrEnum


class Status(StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    PENDINGDELETION = "pendingDeletion"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
