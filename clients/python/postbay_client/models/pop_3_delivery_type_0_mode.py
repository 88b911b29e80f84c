from enum import StrEnum


class Pop3DeliveryType0Mode(StrEnum):
    ADDRESS = "address"

    def __str__(self) -> str:
        return str(self.value)
