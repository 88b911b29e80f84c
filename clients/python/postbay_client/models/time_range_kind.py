from enum import StrEnum


class TimeRangeKind(StrEnum):
    ABSOLUTE = "absolute"
    DAILY = "daily"
    WEEKLY = "weekly"

    def __str__(self) -> str:
        return str(self.value)
