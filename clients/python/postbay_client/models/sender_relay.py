from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.relay_host import RelayHost


T = TypeVar("T", bound="SenderRelay")


@_attrs_define
class SenderRelay:
    """A relay host for mail from one sender domain.

    Attributes:
        relay (RelayHost): A relay host (smarthost) that takes mail for delivery.
        sender_domain (str): The envelope sender's domain, such as `example.com`.
    """

    relay: RelayHost
    sender_domain: str

    def to_dict(self) -> dict[str, Any]:
        relay = self.relay.to_dict()

        sender_domain = self.sender_domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "relay": relay,
                "senderDomain": sender_domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relay_host import RelayHost  # noqa: PLC0415

        d = dict(src_dict)
        relay = RelayHost.from_dict(d.pop("relay"))

        sender_domain = d.pop("senderDomain")

        sender_relay = cls(
            relay=relay,
            sender_domain=sender_domain,
        )

        return sender_relay
