from enum import StrEnum


class SubmissionAction(StrEnum):
    QUARANTINE = "quarantine"
    REFUSE = "refuse"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)
