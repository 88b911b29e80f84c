from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LogRetention")


@_attrs_define
class LogRetention:
    """Days each family is kept (1 to 3650).

    Attributes:
        config (int | Unset): The copy of the audit trail among the log lines; the trail itself
            (`listAuditEvents`) is never shortened by it. Default: 365.
        debug (int | Unset):  Default: 3.
        error (int | Unset):  Default: 90.
        mail (int | Unset):  Default: 30.
        operations (int | Unset):  Default: 180.
        security (int | Unset):  Default: 90.
        spam (int | Unset):  Default: 30.
        warning (int | Unset):  Default: 30.
    """

    config: int | Unset = 365
    debug: int | Unset = 3
    error: int | Unset = 90
    mail: int | Unset = 30
    operations: int | Unset = 180
    security: int | Unset = 90
    spam: int | Unset = 30
    warning: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        config = self.config

        debug = self.debug

        error = self.error

        mail = self.mail

        operations = self.operations

        security = self.security

        spam = self.spam

        warning = self.warning

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if debug is not UNSET:
            field_dict["debug"] = debug
        if error is not UNSET:
            field_dict["error"] = error
        if mail is not UNSET:
            field_dict["mail"] = mail
        if operations is not UNSET:
            field_dict["operations"] = operations
        if security is not UNSET:
            field_dict["security"] = security
        if spam is not UNSET:
            field_dict["spam"] = spam
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        config = d.pop("config", UNSET)

        debug = d.pop("debug", UNSET)

        error = d.pop("error", UNSET)

        mail = d.pop("mail", UNSET)

        operations = d.pop("operations", UNSET)

        security = d.pop("security", UNSET)

        spam = d.pop("spam", UNSET)

        warning = d.pop("warning", UNSET)

        log_retention = cls(
            config=config,
            debug=debug,
            error=error,
            mail=mail,
            operations=operations,
            security=security,
            spam=spam,
            warning=warning,
        )

        return log_retention
