from enum import StrEnum


class UserRoleType(StrEnum):
    ACCOUNTADMIN = "AccountAdmin"
    AUDITOR = "Auditor"
    FULLADMIN = "FullAdmin"
    TENANTADMIN = "TenantAdmin"
    USERROLE = "UserRole"

    def __str__(self) -> str:
        return str(self.value)
