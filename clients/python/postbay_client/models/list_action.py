from enum import StrEnum


class ListAction(StrEnum):
    REJECT = "reject"
    SCORE = "score"

    def __str__(self) -> str:
        return str(self.value)
