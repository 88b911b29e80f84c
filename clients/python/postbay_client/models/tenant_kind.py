from enum import StrEnum


class TenantKind(StrEnum):
    CUSTOMER = "customer"
    RESELLER = "reseller"
    SERVER = "server"

    def __str__(self) -> str:
        return str(self.value)
