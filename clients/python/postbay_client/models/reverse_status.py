from enum import StrEnum


class ReverseStatus(StrEnum):
    LOOKUPFAILED = "lookupFailed"
    MISSING = "missing"
    NOTCONFIRMED = "notConfirmed"
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
