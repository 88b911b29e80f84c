from enum import StrEnum


class DebugComponent(StrEnum):
    API = "api"
    CERTIFICATES = "certificates"
    COLLECTOR = "collector"
    DELIVERY = "delivery"
    DNS = "dns"
    FILTER = "filter"
    IMAP = "imap"
    MAILAUTH = "mailAuth"
    MANAGESIEVE = "managesieve"
    OUTBOUND = "outbound"
    POP3 = "pop3"
    RULES = "rules"
    SMTP = "smtp"

    def __str__(self) -> str:
        return str(self.value)
