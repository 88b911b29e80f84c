from enum import StrEnum


class Pop3Security(StrEnum):
    NONE = "none"
    STLS = "stls"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
