from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resolved_mailbox import ResolvedMailbox


T = TypeVar("T", bound="Resolution")


@_attrs_define
class Resolution:
    """The final expansion of an address.

    Attributes:
        address (str): The address as normalised.
        external (list[str]): External addresses that receive a copy.
        local_domain (bool): Whether the address's domain is served here.
        loop_detected (bool): The expansion met an address it had already visited.
        mailboxes (list[ResolvedMailbox]): Local mailboxes that receive a copy (each once).
        unknown (bool): A local address that matched nothing: mail to it is refused.
        via_pattern (bool): The address itself matched no account, group or exact alias, only a pattern alias or
            the catch-all (so its reader cannot tell from the headers whom it was for).
    """

    address: str
    external: list[str]
    local_domain: bool
    loop_detected: bool
    mailboxes: list[ResolvedMailbox]
    unknown: bool
    via_pattern: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        external = self.external

        local_domain = self.local_domain

        loop_detected = self.loop_detected

        mailboxes = []
        for mailboxes_item_data in self.mailboxes:
            mailboxes_item = mailboxes_item_data.to_dict()
            mailboxes.append(mailboxes_item)

        unknown = self.unknown

        via_pattern = self.via_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "external": external,
                "localDomain": local_domain,
                "loopDetected": loop_detected,
                "mailboxes": mailboxes,
                "unknown": unknown,
                "viaPattern": via_pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolved_mailbox import ResolvedMailbox  # noqa: PLC0415

        d = dict(src_dict)
        address = d.pop("address")

        external = cast(list[str], d.pop("external"))

        local_domain = d.pop("localDomain")

        loop_detected = d.pop("loopDetected")

        mailboxes = []
        _mailboxes = d.pop("mailboxes")
        for mailboxes_item_data in _mailboxes:
            mailboxes_item = ResolvedMailbox.from_dict(mailboxes_item_data)

            mailboxes.append(mailboxes_item)

        unknown = d.pop("unknown")

        via_pattern = d.pop("viaPattern")

        resolution = cls(
            address=address,
            external=external,
            local_domain=local_domain,
            loop_detected=loop_detected,
            mailboxes=mailboxes,
            unknown=unknown,
            via_pattern=via_pattern,
        )

        resolution.additional_properties = d
        return resolution

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
