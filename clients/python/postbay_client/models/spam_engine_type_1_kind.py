from enum import StrEnum


class SpamEngineType1Kind(StrEnum):
    RSPAMD = "rspamd"

    def __str__(self) -> str:
        return str(self.value)
