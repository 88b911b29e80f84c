from enum import StrEnum


class ScheduledAction(StrEnum):
    COLLECTPOP3 = "collectPop3"
    FLUSHQUEUE = "flushQueue"
    SENDETRN = "sendEtrn"

    def __str__(self) -> str:
        return str(self.value)
