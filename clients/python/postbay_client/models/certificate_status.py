from enum import StrEnum


class CertificateStatus(StrEnum):
    EXPIRED = "expired"
    FAILED = "failed"
    PENDING = "pending"
    VALID = "valid"

    def __str__(self) -> str:
        return str(self.value)
