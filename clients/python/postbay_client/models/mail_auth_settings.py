from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.fail_action import FailAction
from ..models.mta_sts_mode import MtaStsMode
from ..models.published_dmarc_policy import PublishedDmarcPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailAuthSettings")


@_attrs_define
class MailAuthSettings:
    """Sender authentication, server-wide.

    Attributes:
        dkim_fail_action (FailAction | Unset): What to do with a received message that fails a check. Default:
            FailAction.ACCEPT.
        dmarc_policy (PublishedDmarcPolicy | Unset): The DMARC policy the recommended `_dmarc` record publishes.
            Default: PublishedDmarcPolicy.NONE.
        dmarc_quarantine_action (FailAction | Unset): What to do with a received message that fails a check. Default:
            FailAction.JUNK.
        dmarc_reject_action (FailAction | Unset): What to do with a received message that fails a check. Default:
            FailAction.REJECT.
        exempt_group_id (None | Unset | UUID):
        mta_sts_mode (MtaStsMode | Unset): The MTA-STS mode the recommended policy publishes (RFC 8461). Default:
            MtaStsMode.TESTING.
        outbound_addresses (list[str] | Unset): The public addresses the server sends from, for the SPF record it
            recommends (NAT
            hides them from the server). Empty: the record names the relay host, else the
            server's host name.
        retired_key_days (int | Unset): Days a retired DKIM key stays published, 0 to 365. Default: 7.
        signed_headers (list[str] | Unset): The header fields outgoing DKIM signatures cover (`From` must be among them;
            it is
            signed twice, so none can be added). At most 40 names.
        spf_fail_action (FailAction | Unset): What to do with a received message that fails a check. Default:
            FailAction.ACCEPT.
        subject_tag (str | Unset): Put in front of the subject by `tagSubject`. Default: '[SUSPECT] '.
        trusted_arc_sealers (list[str] | Unset): Forwarders (their ARC sealing domain, `d=` of `ARC-Seal`) trusted to
            have checked
            the mail they pass on: when their ARC chain passes, a DMARC failure is forgiven
            (RFC 8617 section 7.2.1, mailing lists and forwarders).
        verify_incoming (bool | Unset): Check received mail's senders (SPF, DKIM, ARC, DMARC). Off: no check and no
            `Authentication-Results` (a process started with `POSTBAY_SENDER_AUTH=off` never
            checks). Default: True.
    """

    dkim_fail_action: FailAction | Unset = FailAction.ACCEPT
    dmarc_policy: PublishedDmarcPolicy | Unset = PublishedDmarcPolicy.NONE
    dmarc_quarantine_action: FailAction | Unset = FailAction.JUNK
    dmarc_reject_action: FailAction | Unset = FailAction.REJECT
    exempt_group_id: None | Unset | UUID = UNSET
    mta_sts_mode: MtaStsMode | Unset = MtaStsMode.TESTING
    outbound_addresses: list[str] | Unset = UNSET
    retired_key_days: int | Unset = 7
    signed_headers: list[str] | Unset = UNSET
    spf_fail_action: FailAction | Unset = FailAction.ACCEPT
    subject_tag: str | Unset = "[SUSPECT] "
    trusted_arc_sealers: list[str] | Unset = UNSET
    verify_incoming: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        dkim_fail_action: str | Unset = UNSET
        if not isinstance(self.dkim_fail_action, Unset):
            dkim_fail_action = self.dkim_fail_action.value

        dmarc_policy: str | Unset = UNSET
        if not isinstance(self.dmarc_policy, Unset):
            dmarc_policy = self.dmarc_policy.value

        dmarc_quarantine_action: str | Unset = UNSET
        if not isinstance(self.dmarc_quarantine_action, Unset):
            dmarc_quarantine_action = self.dmarc_quarantine_action.value

        dmarc_reject_action: str | Unset = UNSET
        if not isinstance(self.dmarc_reject_action, Unset):
            dmarc_reject_action = self.dmarc_reject_action.value

        exempt_group_id: None | str | Unset
        if isinstance(self.exempt_group_id, Unset):
            exempt_group_id = UNSET
        elif isinstance(self.exempt_group_id, UUID):
            exempt_group_id = str(self.exempt_group_id)
        else:
            exempt_group_id = self.exempt_group_id

        mta_sts_mode: str | Unset = UNSET
        if not isinstance(self.mta_sts_mode, Unset):
            mta_sts_mode = self.mta_sts_mode.value

        outbound_addresses: list[str] | Unset = UNSET
        if not isinstance(self.outbound_addresses, Unset):
            outbound_addresses = self.outbound_addresses

        retired_key_days = self.retired_key_days

        signed_headers: list[str] | Unset = UNSET
        if not isinstance(self.signed_headers, Unset):
            signed_headers = self.signed_headers

        spf_fail_action: str | Unset = UNSET
        if not isinstance(self.spf_fail_action, Unset):
            spf_fail_action = self.spf_fail_action.value

        subject_tag = self.subject_tag

        trusted_arc_sealers: list[str] | Unset = UNSET
        if not isinstance(self.trusted_arc_sealers, Unset):
            trusted_arc_sealers = self.trusted_arc_sealers

        verify_incoming = self.verify_incoming

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if dkim_fail_action is not UNSET:
            field_dict["dkimFailAction"] = dkim_fail_action
        if dmarc_policy is not UNSET:
            field_dict["dmarcPolicy"] = dmarc_policy
        if dmarc_quarantine_action is not UNSET:
            field_dict["dmarcQuarantineAction"] = dmarc_quarantine_action
        if dmarc_reject_action is not UNSET:
            field_dict["dmarcRejectAction"] = dmarc_reject_action
        if exempt_group_id is not UNSET:
            field_dict["exemptGroupId"] = exempt_group_id
        if mta_sts_mode is not UNSET:
            field_dict["mtaStsMode"] = mta_sts_mode
        if outbound_addresses is not UNSET:
            field_dict["outboundAddresses"] = outbound_addresses
        if retired_key_days is not UNSET:
            field_dict["retiredKeyDays"] = retired_key_days
        if signed_headers is not UNSET:
            field_dict["signedHeaders"] = signed_headers
        if spf_fail_action is not UNSET:
            field_dict["spfFailAction"] = spf_fail_action
        if subject_tag is not UNSET:
            field_dict["subjectTag"] = subject_tag
        if trusted_arc_sealers is not UNSET:
            field_dict["trustedArcSealers"] = trusted_arc_sealers
        if verify_incoming is not UNSET:
            field_dict["verifyIncoming"] = verify_incoming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dkim_fail_action = d.pop("dkimFailAction", UNSET)
        dkim_fail_action: FailAction | Unset
        if isinstance(_dkim_fail_action, Unset):
            dkim_fail_action = UNSET
        else:
            dkim_fail_action = FailAction(_dkim_fail_action)

        _dmarc_policy = d.pop("dmarcPolicy", UNSET)
        dmarc_policy: PublishedDmarcPolicy | Unset
        if isinstance(_dmarc_policy, Unset):
            dmarc_policy = UNSET
        else:
            dmarc_policy = PublishedDmarcPolicy(_dmarc_policy)

        _dmarc_quarantine_action = d.pop("dmarcQuarantineAction", UNSET)
        dmarc_quarantine_action: FailAction | Unset
        if isinstance(_dmarc_quarantine_action, Unset):
            dmarc_quarantine_action = UNSET
        else:
            dmarc_quarantine_action = FailAction(_dmarc_quarantine_action)

        _dmarc_reject_action = d.pop("dmarcRejectAction", UNSET)
        dmarc_reject_action: FailAction | Unset
        if isinstance(_dmarc_reject_action, Unset):
            dmarc_reject_action = UNSET
        else:
            dmarc_reject_action = FailAction(_dmarc_reject_action)

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

        _mta_sts_mode = d.pop("mtaStsMode", UNSET)
        mta_sts_mode: MtaStsMode | Unset
        if isinstance(_mta_sts_mode, Unset):
            mta_sts_mode = UNSET
        else:
            mta_sts_mode = MtaStsMode(_mta_sts_mode)

        outbound_addresses = cast(list[str], d.pop("outboundAddresses", UNSET))

        retired_key_days = d.pop("retiredKeyDays", UNSET)

        signed_headers = cast(list[str], d.pop("signedHeaders", UNSET))

        _spf_fail_action = d.pop("spfFailAction", UNSET)
        spf_fail_action: FailAction | Unset
        if isinstance(_spf_fail_action, Unset):
            spf_fail_action = UNSET
        else:
            spf_fail_action = FailAction(_spf_fail_action)

        subject_tag = d.pop("subjectTag", UNSET)

        trusted_arc_sealers = cast(list[str], d.pop("trustedArcSealers", UNSET))

        verify_incoming = d.pop("verifyIncoming", UNSET)

        mail_auth_settings = cls(
            dkim_fail_action=dkim_fail_action,
            dmarc_policy=dmarc_policy,
            dmarc_quarantine_action=dmarc_quarantine_action,
            dmarc_reject_action=dmarc_reject_action,
            exempt_group_id=exempt_group_id,
            mta_sts_mode=mta_sts_mode,
            outbound_addresses=outbound_addresses,
            retired_key_days=retired_key_days,
            signed_headers=signed_headers,
            spf_fail_action=spf_fail_action,
            subject_tag=subject_tag,
            trusted_arc_sealers=trusted_arc_sealers,
            verify_incoming=verify_incoming,
        )

        return mail_auth_settings
