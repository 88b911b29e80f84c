from enum import StrEnum


class RoleType0Kind(StrEnum):
    SERVERADMIN = "serverAdmin"

    def __str__(self) -> str:
        return str(self.value)
