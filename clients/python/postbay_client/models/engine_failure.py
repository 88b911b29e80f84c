from enum import StrEnum


class EngineFailure(StrEnum):
    ACCEPT = "accept"
    DEFER = "defer"

    def __str__(self) -> str:
        return str(self.value)
