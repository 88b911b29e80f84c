from enum import StrEnum


class Pop3DeliveryType1Mode(StrEnum):
    SORTINGRULES = "sortingRules"

    def __str__(self) -> str:
        return str(self.value)
