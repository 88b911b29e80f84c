from enum import StrEnum


class ForwardingHow(StrEnum):
    OFFLINEETRN = "OfflineEtrn"
    OFFLINESCHEDULER = "OfflineScheduler"
    ONLINE = "Online"

    def __str__(self) -> str:
        return str(self.value)
