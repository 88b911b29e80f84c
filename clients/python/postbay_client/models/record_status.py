from enum import StrEnum


class RecordStatus(StrEnum):
    DIFFERENT = "different"
    LOOKUPFAILED = "lookupFailed"
    MISSING = "missing"
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
