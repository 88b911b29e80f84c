from enum import StrEnum


class FilterTextOperator(StrEnum):
    CONTAINS = "contains"
    IS = "is"
    ISNOT = "isNot"
    MATCHES = "matches"
    NOTCONTAINS = "notContains"
    NOTMATCHES = "notMatches"

    def __str__(self) -> str:
        return str(self.value)
