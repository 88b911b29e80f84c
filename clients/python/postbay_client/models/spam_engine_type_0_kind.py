from enum import StrEnum


class SpamEngineType0Kind(StrEnum):
    SPAMD = "spamd"

    def __str__(self) -> str:
        return str(self.value)
