from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.domain_footer import DomainFooter
    from ..models.domain_forwarding import DomainForwarding


T = TypeVar("T", bound="DomainMailSettings")


@_attrs_define
class DomainMailSettings:
    """How mail from and to a domain is handled.

    Attributes:
        admins_may_search_mail (bool | Unset): The domain's administrators may search its accounts' mail through the API
            (`searchAccountMessages`; every search is audited). Off by default; only a tenant or
            server administrator changes it.
        footer (DomainFooter | Unset): The footer added to mail sent from a domain's addresses (Kerio's domain *Footers*
            tab).
        forwarding (DomainForwarding | None | Unset):
        insert_x_envelope_to (bool | Unset): Copies delivered through a pattern alias or the catch-all get an
            `X-Envelope-To`
            header naming the recipient the sender used (for domain mailboxes). Off by default: the
            header discloses Bcc recipients to the mailbox's reader.
        login_address (None | str | Unset): An address of this server at which the domain's users log in (IMAP, POP3,
            SMTP AUTH)
            with their bare name; at most one domain per address. Null: full addresses only
            (bare names mean the primary domain).
    """

    admins_may_search_mail: bool | Unset = UNSET
    footer: DomainFooter | Unset = UNSET
    forwarding: DomainForwarding | None | Unset = UNSET
    insert_x_envelope_to: bool | Unset = UNSET
    login_address: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.domain_forwarding import DomainForwarding  # noqa: PLC0415

        admins_may_search_mail = self.admins_may_search_mail

        footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer, Unset):
            footer = self.footer.to_dict()

        forwarding: dict[str, Any] | None | Unset
        if isinstance(self.forwarding, Unset):
            forwarding = UNSET
        elif isinstance(self.forwarding, DomainForwarding):
            forwarding = self.forwarding.to_dict()
        else:
            forwarding = self.forwarding

        insert_x_envelope_to = self.insert_x_envelope_to

        login_address: None | str | Unset
        if isinstance(self.login_address, Unset):
            login_address = UNSET
        else:
            login_address = self.login_address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if admins_may_search_mail is not UNSET:
            field_dict["adminsMaySearchMail"] = admins_may_search_mail
        if footer is not UNSET:
            field_dict["footer"] = footer
        if forwarding is not UNSET:
            field_dict["forwarding"] = forwarding
        if insert_x_envelope_to is not UNSET:
            field_dict["insertXEnvelopeTo"] = insert_x_envelope_to
        if login_address is not UNSET:
            field_dict["loginAddress"] = login_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_footer import DomainFooter  # noqa: PLC0415
        from ..models.domain_forwarding import DomainForwarding  # noqa: PLC0415

        d = dict(src_dict)
        admins_may_search_mail = d.pop("adminsMaySearchMail", UNSET)

        _footer = d.pop("footer", UNSET)
        footer: DomainFooter | Unset
        if isinstance(_footer, Unset):
            footer = UNSET
        else:
            footer = DomainFooter.from_dict(_footer)

        def _parse_forwarding(data: object) -> DomainForwarding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forwarding_type_1 = DomainForwarding.from_dict(data)

                return forwarding_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainForwarding | None | Unset, data)

        forwarding = _parse_forwarding(d.pop("forwarding", UNSET))

        insert_x_envelope_to = d.pop("insertXEnvelopeTo", UNSET)

        def _parse_login_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login_address = _parse_login_address(d.pop("loginAddress", UNSET))

        domain_mail_settings = cls(
            admins_may_search_mail=admins_may_search_mail,
            footer=footer,
            forwarding=forwarding,
            insert_x_envelope_to=insert_x_envelope_to,
            login_address=login_address,
        )

        return domain_mail_settings
