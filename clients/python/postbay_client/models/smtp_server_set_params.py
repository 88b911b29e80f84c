from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.smtp_security import SmtpSecurity


T = TypeVar("T", bound="SmtpServerSetParams")


@_attrs_define
class SmtpServerSetParams:
    """
    Attributes:
        settings (SmtpSecurity): Limits the SMTP server applies to every client (Kerio's Security Options). `0` turns an
            IP limit off.
    """

    settings: SmtpSecurity

    def to_dict(self) -> dict[str, Any]:
        settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.smtp_security import SmtpSecurity  # noqa: PLC0415

        d = dict(src_dict)
        settings = SmtpSecurity.from_dict(d.pop("settings"))

        smtp_server_set_params = cls(
            settings=settings,
        )

        return smtp_server_set_params
