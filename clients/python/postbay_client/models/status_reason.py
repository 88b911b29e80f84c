from enum import StrEnum


class StatusReason(StrEnum):
    ABUSE = "abuse"
    ADMIN = "admin"
    BILLING = "billing"

    def __str__(self) -> str:
        return str(self.value)
