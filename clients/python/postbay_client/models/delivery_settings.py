from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.report_language import ReportLanguage
from ..models.tls_mode import TlsMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relay_host import RelayHost
    from ..models.sender_relay import SenderRelay


T = TypeVar("T", bound="DeliverySettings")


@_attrs_define
class DeliverySettings:
    """Outbound delivery settings.

    Attributes:
        bounce_after_minutes (int | Unset): Minutes after which an undelivered recipient is given up and the sender gets
            a bounce.
            Not applied to mail handed to a relay host's queue: the relay takes over. Default: 7200.
        concurrency (int | Unset): Recipients' domains delivered at once by each postbay process. Default: 32.
        mx_tls (TlsMode | Unset): STARTTLS towards a peer. Default: TlsMode.OPPORTUNISTIC.
        offline (bool | Unset): Offline: outbound mail waits in the queue for a scheduled "send the outgoing queue"
            (or an administrator's retry) instead of leaving at once. Default: False.
        relay (None | RelayHost | Unset):
        report_language (ReportLanguage | Unset): The language of the delivery reports the server writes (bounces, delay
            warnings). Default: ReportLanguage.EN.
        retry_interval_minutes (int | Unset): Minutes between attempts for a recipient that got a temporary failure.
            Default: 30.
        sender_relays (list[SenderRelay] | Unset): Relay hosts for particular sender domains (they win over `relay`).
        warn_after_minutes (int | Unset): Minutes after which the sender is told, once, that delivery is delayed (0 =
            never). Default: 240.
    """

    bounce_after_minutes: int | Unset = 7200
    concurrency: int | Unset = 32
    mx_tls: TlsMode | Unset = TlsMode.OPPORTUNISTIC
    offline: bool | Unset = False
    relay: None | RelayHost | Unset = UNSET
    report_language: ReportLanguage | Unset = ReportLanguage.EN
    retry_interval_minutes: int | Unset = 30
    sender_relays: list[SenderRelay] | Unset = UNSET
    warn_after_minutes: int | Unset = 240

    def to_dict(self) -> dict[str, Any]:
        from ..models.relay_host import RelayHost  # noqa: PLC0415

        bounce_after_minutes = self.bounce_after_minutes

        concurrency = self.concurrency

        mx_tls: str | Unset = UNSET
        if not isinstance(self.mx_tls, Unset):
            mx_tls = self.mx_tls.value

        offline = self.offline

        relay: dict[str, Any] | None | Unset
        if isinstance(self.relay, Unset):
            relay = UNSET
        elif isinstance(self.relay, RelayHost):
            relay = self.relay.to_dict()
        else:
            relay = self.relay

        report_language: str | Unset = UNSET
        if not isinstance(self.report_language, Unset):
            report_language = self.report_language.value

        retry_interval_minutes = self.retry_interval_minutes

        sender_relays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sender_relays, Unset):
            sender_relays = []
            for sender_relays_item_data in self.sender_relays:
                sender_relays_item = sender_relays_item_data.to_dict()
                sender_relays.append(sender_relays_item)

        warn_after_minutes = self.warn_after_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if bounce_after_minutes is not UNSET:
            field_dict["bounceAfterMinutes"] = bounce_after_minutes
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if mx_tls is not UNSET:
            field_dict["mxTls"] = mx_tls
        if offline is not UNSET:
            field_dict["offline"] = offline
        if relay is not UNSET:
            field_dict["relay"] = relay
        if report_language is not UNSET:
            field_dict["reportLanguage"] = report_language
        if retry_interval_minutes is not UNSET:
            field_dict["retryIntervalMinutes"] = retry_interval_minutes
        if sender_relays is not UNSET:
            field_dict["senderRelays"] = sender_relays
        if warn_after_minutes is not UNSET:
            field_dict["warnAfterMinutes"] = warn_after_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relay_host import RelayHost  # noqa: PLC0415
        from ..models.sender_relay import SenderRelay  # noqa: PLC0415

        d = dict(src_dict)
        bounce_after_minutes = d.pop("bounceAfterMinutes", UNSET)

        concurrency = d.pop("concurrency", UNSET)

        _mx_tls = d.pop("mxTls", UNSET)
        mx_tls: TlsMode | Unset
        if isinstance(_mx_tls, Unset):
            mx_tls = UNSET
        else:
            mx_tls = TlsMode(_mx_tls)

        offline = d.pop("offline", UNSET)

        def _parse_relay(data: object) -> None | RelayHost | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                relay_type_1 = RelayHost.from_dict(data)

                return relay_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RelayHost | Unset, data)

        relay = _parse_relay(d.pop("relay", UNSET))

        _report_language = d.pop("reportLanguage", UNSET)
        report_language: ReportLanguage | Unset
        if isinstance(_report_language, Unset):
            report_language = UNSET
        else:
            report_language = ReportLanguage(_report_language)

        retry_interval_minutes = d.pop("retryIntervalMinutes", UNSET)

        _sender_relays = d.pop("senderRelays", UNSET)
        sender_relays: list[SenderRelay] | Unset = UNSET
        if _sender_relays is not UNSET:
            sender_relays = []
            for sender_relays_item_data in _sender_relays:
                sender_relays_item = SenderRelay.from_dict(sender_relays_item_data)

                sender_relays.append(sender_relays_item)

        warn_after_minutes = d.pop("warnAfterMinutes", UNSET)

        delivery_settings = cls(
            bounce_after_minutes=bounce_after_minutes,
            concurrency=concurrency,
            mx_tls=mx_tls,
            offline=offline,
            relay=relay,
            report_language=report_language,
            retry_interval_minutes=retry_interval_minutes,
            sender_relays=sender_relays,
            warn_after_minutes=warn_after_minutes,
        )

        return delivery_settings
