from enum import StrEnum


class ServiceName(StrEnum):
    SMTP = "smtp"
    SUBMISSION = "submission"
    SUBMISSIONS = "submissions"

    def __str__(self) -> str:
        return str(self.value)
