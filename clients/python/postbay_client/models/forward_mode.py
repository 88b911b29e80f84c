from enum import StrEnum


class ForwardMode(StrEnum):
    UFORWARDDELIVER = "UForwardDeliver"
    UFORWARDNONE = "UForwardNone"
    UFORWARDONLY = "UForwardOnly"

    def __str__(self) -> str:
        return str(self.value)
