from enum import StrEnum


class RuleTarget(StrEnum):
    ATTACHMENTNAME = "attachmentName"
    BODY = "body"
    FROM = "from"
    HEADER = "header"
    SIZE = "size"
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)
