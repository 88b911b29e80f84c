from enum import StrEnum


class DkimAlgorithm(StrEnum):
    ED25519 = "ed25519"
    RSA = "rsa"

    def __str__(self) -> str:
        return str(self.value)
