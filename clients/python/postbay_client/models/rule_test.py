from enum import StrEnum


class RuleTest(StrEnum):
    ABOVE = "above"
    CONTAINS = "contains"
    CONTAINSADDRESS = "containsAddress"
    CONTAINSDOMAIN = "containsDomain"
    EXISTS = "exists"
    ISEMPTY = "isEmpty"
    MATCHES = "matches"
    MISSING = "missing"

    def __str__(self) -> str:
        return str(self.value)
