from enum import StrEnum


class VirusEngineType0Kind(StrEnum):
    CLAMD = "clamd"

    def __str__(self) -> str:
        return str(self.value)
