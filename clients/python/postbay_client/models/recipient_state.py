from enum import StrEnum


class RecipientState(StrEnum):
    DEFERRED = "deferred"
    DELIVERED = "delivered"
    FAILED = "failed"
    HELD = "held"
    QUEUED = "queued"
    SENDING = "sending"

    def __str__(self) -> str:
        return str(self.value)
