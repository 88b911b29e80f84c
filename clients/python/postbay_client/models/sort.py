from enum import StrEnum


class Sort(StrEnum):
    CREATED = "created"
    NAME = "name"
    VALUE_1 = "-name"
    VALUE_3 = "-created"

    def __str__(self) -> str:
        return str(self.value)
