from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmtpSecurity")


@_attrs_define
class SmtpSecurity:
    """Limits the SMTP server applies to every client (Kerio's Security Options). `0` turns an
    IP limit off.

        Attributes:
            check_sender_domain_in_dns (bool | Unset): Refuse `MAIL FROM` whose domain has neither MX nor address records in
                DNS (`550
                5.1.8`; `451 4.4.3` when DNS does not answer). Not asked of authenticated users,
                trusted relay clients or the exemption group; `<>` is exempt. Default: False.
            exempt_group_id (None | Unset | UUID):
            hide_trusted_ips_in_received (bool | Unset): Leave the client's address out of the Received header when it is in
                the trusted relay
                group or has authenticated (a private network's addresses stay private). Default: False.
            max_connections_per_ip (int | Unset): Connections open at once from one address; more get `421 4.7.0`. Default:
                50.
            max_failed_commands (int | Unset): Failed commands before the session is closed. Default: 20.
            max_message_size (int | Unset): Largest message accepted, bytes (advertised as SIZE; larger gets `552 5.3.4`).
                Default: 52428800.
            max_messages_per_hour_per_ip (int | Unset): Messages accepted from one address over a sliding hour; more get
                `450 4.7.1`. Default: 0.
            max_received_hops (int | Unset): Received headers a message may carry (loop protection; more gets `554 5.4.6`).
                Default: 50.
            max_recipients (int | Unset): Recipients per message; more get `452 4.5.3`. Default: 100.
            max_unknown_recipients_per_ip (int | Unset): RCPTs to unknown local users from one address within an hour before
                it is blocked for
                an hour (directory harvest). Default: 0.
            open_relay (bool | Unset): Relay for anyone: an open relay. Off unless a server administrator turns it on; an
                ISP almost never wants it. Default: False.
            pop_before_smtp_minutes (int | Unset): POP-before-SMTP: minutes an address may relay after a successful POP3
                login from it
                (0 = off). Default: 0.
            relay_group_id (None | Unset | UUID):
    """

    check_sender_domain_in_dns: bool | Unset = False
    exempt_group_id: None | Unset | UUID = UNSET
    hide_trusted_ips_in_received: bool | Unset = False
    max_connections_per_ip: int | Unset = 50
    max_failed_commands: int | Unset = 20
    max_message_size: int | Unset = 52428800
    max_messages_per_hour_per_ip: int | Unset = 0
    max_received_hops: int | Unset = 50
    max_recipients: int | Unset = 100
    max_unknown_recipients_per_ip: int | Unset = 0
    open_relay: bool | Unset = False
    pop_before_smtp_minutes: int | Unset = 0
    relay_group_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        check_sender_domain_in_dns = self.check_sender_domain_in_dns

        exempt_group_id: None | str | Unset
        if isinstance(self.exempt_group_id, Unset):
            exempt_group_id = UNSET
        elif isinstance(self.exempt_group_id, UUID):
            exempt_group_id = str(self.exempt_group_id)
        else:
            exempt_group_id = self.exempt_group_id

        hide_trusted_ips_in_received = self.hide_trusted_ips_in_received

        max_connections_per_ip = self.max_connections_per_ip

        max_failed_commands = self.max_failed_commands

        max_message_size = self.max_message_size

        max_messages_per_hour_per_ip = self.max_messages_per_hour_per_ip

        max_received_hops = self.max_received_hops

        max_recipients = self.max_recipients

        max_unknown_recipients_per_ip = self.max_unknown_recipients_per_ip

        open_relay = self.open_relay

        pop_before_smtp_minutes = self.pop_before_smtp_minutes

        relay_group_id: None | str | Unset
        if isinstance(self.relay_group_id, Unset):
            relay_group_id = UNSET
        elif isinstance(self.relay_group_id, UUID):
            relay_group_id = str(self.relay_group_id)
        else:
            relay_group_id = self.relay_group_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if check_sender_domain_in_dns is not UNSET:
            field_dict["checkSenderDomainInDns"] = check_sender_domain_in_dns
        if exempt_group_id is not UNSET:
            field_dict["exemptGroupId"] = exempt_group_id
        if hide_trusted_ips_in_received is not UNSET:
            field_dict["hideTrustedIpsInReceived"] = hide_trusted_ips_in_received
        if max_connections_per_ip is not UNSET:
            field_dict["maxConnectionsPerIp"] = max_connections_per_ip
        if max_failed_commands is not UNSET:
            field_dict["maxFailedCommands"] = max_failed_commands
        if max_message_size is not UNSET:
            field_dict["maxMessageSize"] = max_message_size
        if max_messages_per_hour_per_ip is not UNSET:
            field_dict["maxMessagesPerHourPerIp"] = max_messages_per_hour_per_ip
        if max_received_hops is not UNSET:
            field_dict["maxReceivedHops"] = max_received_hops
        if max_recipients is not UNSET:
            field_dict["maxRecipients"] = max_recipients
        if max_unknown_recipients_per_ip is not UNSET:
            field_dict["maxUnknownRecipientsPerIp"] = max_unknown_recipients_per_ip
        if open_relay is not UNSET:
            field_dict["openRelay"] = open_relay
        if pop_before_smtp_minutes is not UNSET:
            field_dict["popBeforeSmtpMinutes"] = pop_before_smtp_minutes
        if relay_group_id is not UNSET:
            field_dict["relayGroupId"] = relay_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_sender_domain_in_dns = d.pop("checkSenderDomainInDns", UNSET)

        def _parse_exempt_group_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exempt_group_id_type_1 = UUID(data)

                return exempt_group_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        exempt_group_id = _parse_exempt_group_id(d.pop("exemptGroupId", UNSET))

        hide_trusted_ips_in_received = d.pop("hideTrustedIpsInReceived", UNSET)

        max_connections_per_ip = d.pop("maxConnectionsPerIp", UNSET)

        max_failed_commands = d.pop("maxFailedCommands", UNSET)

        max_message_size = d.pop("maxMessageSize", UNSET)

        max_messages_per_hour_per_ip = d.pop("maxMessagesPerHourPerIp", UNSET)

        max_received_hops = d.pop("maxReceivedHops", UNSET)

        max_recipients = d.pop("maxRecipients", UNSET)

        max_unknown_recipients_per_ip = d.pop("maxUnknownRecipientsPerIp", UNSET)

        open_relay = d.pop("openRelay", UNSET)

        pop_before_smtp_minutes = d.pop("popBeforeSmtpMinutes", UNSET)

        def _parse_relay_group_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                relay_group_id_type_1 = UUID(data)

                return relay_group_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        relay_group_id = _parse_relay_group_id(d.pop("relayGroupId", UNSET))

        smtp_security = cls(
            check_sender_domain_in_dns=check_sender_domain_in_dns,
            exempt_group_id=exempt_group_id,
            hide_trusted_ips_in_received=hide_trusted_ips_in_received,
            max_connections_per_ip=max_connections_per_ip,
            max_failed_commands=max_failed_commands,
            max_message_size=max_message_size,
            max_messages_per_hour_per_ip=max_messages_per_hour_per_ip,
            max_received_hops=max_received_hops,
            max_recipients=max_recipients,
            max_unknown_recipients_per_ip=max_unknown_recipients_per_ip,
            open_relay=open_relay,
            pop_before_smtp_minutes=pop_before_smtp_minutes,
            relay_group_id=relay_group_id,
        )

        return smtp_security
