from enum import StrEnum


class CertificateSource(StrEnum):
    ACME = "acme"
    SELFSIGNED = "selfSigned"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
