from enum import StrEnum


class LockoutKind(StrEnum):
    ACCOUNT = "account"
    ADDRESS = "address"

    def __str__(self) -> str:
        return str(self.value)
