from enum import StrEnum


class NameWarningCode(StrEnum):
    ASCII_LOOK_ALIKE = "ascii_look_alike"
    MIXED_SCRIPT = "mixed_script"

    def __str__(self) -> str:
        return str(self.value)
