from enum import StrEnum


class RoleType1Kind(StrEnum):
    TENANTADMIN = "tenantAdmin"

    def __str__(self) -> str:
        return str(self.value)
