from enum import StrEnum


class VirusEngineType1Kind(StrEnum):
    CLAMDSOCKET = "clamdSocket"

    def __str__(self) -> str:
        return str(self.value)
