from enum import StrEnum


class DeliverToType(StrEnum):
    TYPEEMAILADDRESS = "TypeEmailAddress"

    def __str__(self) -> str:
        return str(self.value)
