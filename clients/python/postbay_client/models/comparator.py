from enum import StrEnum


class Comparator(StrEnum):
    EQ = "Eq"
    GREATEREQ = "GreaterEq"
    GREATERTHAN = "GreaterThan"
    LESSEQ = "LessEq"
    LESSTHAN = "LessThan"
    LIKE = "Like"
    NOTEQ = "NotEq"

    def __str__(self) -> str:
        return str(self.value)
