from enum import StrEnum


class RoleType3Kind(StrEnum):
    ACCOUNT = "account"

    def __str__(self) -> str:
        return str(self.value)
