from enum import StrEnum


class PlanLevel(StrEnum):
    ACCOUNT = "account"
    DOMAIN = "domain"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
