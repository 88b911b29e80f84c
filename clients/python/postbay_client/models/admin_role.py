from enum import StrEnum


class AdminRole(StrEnum):
    NONE = "none"
    SERVERREADONLY = "serverReadOnly"
    SERVERREADWRITE = "serverReadWrite"

    def __str__(self) -> str:
        return str(self.value)
