from enum import StrEnum


class ApiKeyScope(StrEnum):
    DOMAIN = "domain"
    SERVER = "server"
    TENANT = "tenant"

    def __str__(self) -> str:
        return str(self.value)
