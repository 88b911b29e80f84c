from enum import StrEnum


class ByteUnits(StrEnum):
    BYTES = "Bytes"
    GIGABYTES = "GigaBytes"
    KILOBYTES = "KiloBytes"
    MEGABYTES = "MegaBytes"
    PETABYTES = "PetaBytes"
    TERABYTES = "TeraBytes"

    def __str__(self) -> str:
        return str(self.value)
