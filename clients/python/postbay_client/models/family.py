from enum import StrEnum


class Family(StrEnum):
    CONFIG = "config"
    DEBUG = "debug"
    ERROR = "error"
    MAIL = "mail"
    OPERATIONS = "operations"
    SECURITY = "security"
    SPAM = "spam"
    WARNING = "warning"

    def __str__(self) -> str:
        return str(self.value)
