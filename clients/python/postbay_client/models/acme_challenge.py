from enum import StrEnum


class AcmeChallenge(StrEnum):
    HTTP_01 = "http-01"
    TLS_ALPN_01 = "tls-alpn-01"

    def __str__(self) -> str:
        return str(self.value)
