from enum import StrEnum


class Protocol(StrEnum):
    API = "api"
    IMAP = "imap"
    MANAGESIEVE = "managesieve"
    POP3 = "pop3"
    SUBMISSION = "submission"

    def __str__(self) -> str:
        return str(self.value)
