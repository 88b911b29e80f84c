from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.fail_action import FailAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainMailAuthPolicy")


@_attrs_define
class DomainMailAuthPolicy:
    """A domain's own answers to failed checks of mail sent to it, over the server's settings
    (what is left out follows them). They apply to a message whose recipients are all in this
    domain; a message for several domains that answer differently follows the server's.

        Attributes:
            dkim_fail_action (FailAction | None | Unset):
            dmarc_quarantine_action (FailAction | None | Unset):
            dmarc_reject_action (FailAction | None | Unset):
            spf_fail_action (FailAction | None | Unset):
            trusted_arc_sealers (list[str] | Unset): Forwarders trusted for this domain's mail, beside the server's.
    """

    dkim_fail_action: FailAction | None | Unset = UNSET
    dmarc_quarantine_action: FailAction | None | Unset = UNSET
    dmarc_reject_action: FailAction | None | Unset = UNSET
    spf_fail_action: FailAction | None | Unset = UNSET
    trusted_arc_sealers: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dkim_fail_action: None | str | Unset
        if isinstance(self.dkim_fail_action, Unset):
            dkim_fail_action = UNSET
        elif isinstance(self.dkim_fail_action, FailAction):
            dkim_fail_action = self.dkim_fail_action.value
        else:
            dkim_fail_action = self.dkim_fail_action

        dmarc_quarantine_action: None | str | Unset
        if isinstance(self.dmarc_quarantine_action, Unset):
            dmarc_quarantine_action = UNSET
        elif isinstance(self.dmarc_quarantine_action, FailAction):
            dmarc_quarantine_action = self.dmarc_quarantine_action.value
        else:
            dmarc_quarantine_action = self.dmarc_quarantine_action

        dmarc_reject_action: None | str | Unset
        if isinstance(self.dmarc_reject_action, Unset):
            dmarc_reject_action = UNSET
        elif isinstance(self.dmarc_reject_action, FailAction):
            dmarc_reject_action = self.dmarc_reject_action.value
        else:
            dmarc_reject_action = self.dmarc_reject_action

        spf_fail_action: None | str | Unset
        if isinstance(self.spf_fail_action, Unset):
            spf_fail_action = UNSET
        elif isinstance(self.spf_fail_action, FailAction):
            spf_fail_action = self.spf_fail_action.value
        else:
            spf_fail_action = self.spf_fail_action

        trusted_arc_sealers: list[str] | Unset = UNSET
        if not isinstance(self.trusted_arc_sealers, Unset):
            trusted_arc_sealers = self.trusted_arc_sealers

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dkim_fail_action is not UNSET:
            field_dict["dkimFailAction"] = dkim_fail_action
        if dmarc_quarantine_action is not UNSET:
            field_dict["dmarcQuarantineAction"] = dmarc_quarantine_action
        if dmarc_reject_action is not UNSET:
            field_dict["dmarcRejectAction"] = dmarc_reject_action
        if spf_fail_action is not UNSET:
            field_dict["spfFailAction"] = spf_fail_action
        if trusted_arc_sealers is not UNSET:
            field_dict["trustedArcSealers"] = trusted_arc_sealers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_dkim_fail_action(data: object) -> FailAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dkim_fail_action_type_1 = FailAction(data)

                return dkim_fail_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailAction | None | Unset, data)

        dkim_fail_action = _parse_dkim_fail_action(d.pop("dkimFailAction", UNSET))

        def _parse_dmarc_quarantine_action(data: object) -> FailAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dmarc_quarantine_action_type_1 = FailAction(data)

                return dmarc_quarantine_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailAction | None | Unset, data)

        dmarc_quarantine_action = _parse_dmarc_quarantine_action(d.pop("dmarcQuarantineAction", UNSET))

        def _parse_dmarc_reject_action(data: object) -> FailAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dmarc_reject_action_type_1 = FailAction(data)

                return dmarc_reject_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailAction | None | Unset, data)

        dmarc_reject_action = _parse_dmarc_reject_action(d.pop("dmarcRejectAction", UNSET))

        def _parse_spf_fail_action(data: object) -> FailAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spf_fail_action_type_1 = FailAction(data)

                return spf_fail_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FailAction | None | Unset, data)

        spf_fail_action = _parse_spf_fail_action(d.pop("spfFailAction", UNSET))

        trusted_arc_sealers = cast(list[str], d.pop("trustedArcSealers", UNSET))

        domain_mail_auth_policy = cls(
            dkim_fail_action=dkim_fail_action,
            dmarc_quarantine_action=dmarc_quarantine_action,
            dmarc_reject_action=dmarc_reject_action,
            spf_fail_action=spf_fail_action,
            trusted_arc_sealers=trusted_arc_sealers,
        )

        return domain_mail_auth_policy
