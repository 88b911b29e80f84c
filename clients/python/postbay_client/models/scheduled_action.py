from enum import StrEnum


class ScheduledAction(StrEnum):
    FLUSHQUEUE = "flushQueue"
    SENDETRN = "sendEtrn"

    def __str__(self) -> str:
        return str(self.value)
