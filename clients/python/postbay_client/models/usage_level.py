from enum import StrEnum


class UsageLevel(StrEnum):
    ACCOUNT = "account"
    DOMAIN = "domain"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
