from enum import StrEnum


class ServiceSource(StrEnum):
    CONFIG = "config"
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)
