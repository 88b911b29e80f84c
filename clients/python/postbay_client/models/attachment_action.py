from enum import StrEnum


class AttachmentAction(StrEnum):
    ACCEPT = "accept"
    BLOCK = "block"
    REMOVE = "remove"

    def __str__(self) -> str:
        return str(self.value)
