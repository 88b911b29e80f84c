from enum import StrEnum


class ServiceName(StrEnum):
    IMAP = "imap"
    IMAPS = "imaps"
    MANAGESIEVE = "managesieve"
    POP3 = "pop3"
    POP3S = "pop3s"
    SMTP = "smtp"
    SUBMISSION = "submission"
    SUBMISSIONS = "submissions"

    def __str__(self) -> str:
        return str(self.value)
