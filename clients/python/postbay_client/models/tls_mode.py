from enum import StrEnum


class TlsMode(StrEnum):
    OFF = "off"
    OPPORTUNISTIC = "opportunistic"
    REQUIRED = "required"

    def __str__(self) -> str:
        return str(self.value)
