from enum import StrEnum


class RoleType2Kind(StrEnum):
    DOMAINADMIN = "domainAdmin"

    def __str__(self) -> str:
        return str(self.value)
