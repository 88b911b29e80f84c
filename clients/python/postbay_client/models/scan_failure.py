from enum import StrEnum


class ScanFailure(StrEnum):
    ACCEPT = "accept"
    DEFER = "defer"

    def __str__(self) -> str:
        return str(self.value)
