from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.block_action import BlockAction
from ..models.engine_failure import EngineFailure
from ..models.submission_action import SubmissionAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spam_engine_type_0 import SpamEngineType0
    from ..models.spam_engine_type_1 import SpamEngineType1


T = TypeVar("T", bound="SpamSettings")


@_attrs_define
class SpamSettings:
    """The spam filter, server-wide.

    Attributes:
        block_action (BlockAction | Unset): What happens to a message whose score reaches the block score. Default:
            BlockAction.REJECT.
        block_score (float | Unset): At this score a message is blocked; 10 never blocks. 0 to 10, at least `tagScore`;
            recommended 9.9. Default: 9.9.
        dkim_fail_score (float | Unset): Added when a DKIM signature fails and none passes; default 1. Default: 1.0.
        dmarc_fail_score (float | Unset): Added when DMARC fails (whatever the domain's policy asks); default 2.
            Default: 2.0.
        dmarc_pass_score (float | Unset): Added when DMARC passes; default 0 (a spammer's own domain passes too).
            Default: 0.0.
        enabled (bool | Unset): Act on the thresholds (Kerio's "Enable spam filter rating"). Off: messages are still
            scored and the score written in `X-Spam-Status`, but nothing is tagged or blocked. Default: True.
        engine (None | SpamEngineType0 | SpamEngineType1 | Unset):
        engine_max_bytes (int | Unset): Larger messages are not given to the engine (spamd's own default is 500 KB). 1
            KiB
            to 64 MiB. Default: 524288.
        exempt_group_id (None | Unset | UUID):
        exempt_recipients (list[str] | Unset): Recipients whose mail is never blocked, only tagged: local parts
            (`postmaster`, any
            domain's) or whole addresses. At most 100.
        greeting_delay_seconds (int | Unset): Kerio's spam repellent: the banner on port 25 waits this many seconds, and
            a client
            that talks before it is dropped (`554 5.5.0`). 0 (the default) to 60; never on the
            submission ports; the exempt group and the trusted relays are greeted at once. Default: 0.
        greylisting_delay_seconds (int | Unset): How long a new triplet waits, in seconds: 1 to 86400 (default 300).
            Default: 300.
        greylisting_enabled (bool | Unset): Greylisting: the first attempt of a new (client network, sender, recipient)
            triplet
            from another server gets `451 4.7.1` at RCPT; a retry after the delay passes, and the
            triplet passes at once from then on. Users who log in, the exempt group and the
            trusted relays are never greylisted. Off by default. Default: False.
        greylisting_retention_days (int | Unset): Days a triplet that passed is remembered after it was last seen: 1 to
            365 (default 36). Default: 36.
        on_engine_failure (EngineFailure | Unset): What happens when the engine fails or overruns the time budget.
            Default: EngineFailure.ACCEPT.
        quarantine_retention_days (int | Unset): Days a quarantined message is kept before it is deleted: 1 to 365
            (default 30). Default: 30.
        spam_to_junk (bool | Unset): Deliver spam to the recipient's Junk folder rather than the Inbox. Default: True.
        spf_fail_score (float | Unset): Added when SPF fails for the sender (`-all`), when the sender checks run: -10 to
            10
            (default 1). The same range for the weights below. By default the checks alone stay
            under the tag score: what a failure means is the mail-auth settings' to say; here it
            is evidence that adds to the rest. Default: 1.0.
        spf_soft_fail_score (float | Unset): Added when SPF soft-fails (`~all`); default 0.3. Default: 0.3.
        subject_prefix (str | Unset): Put in front of a spam message's subject; empty for none. `%s` becomes one `*` per
            whole point of the score (at most 20), for rules on the number of stars. Default: ''.
        submission_action (SubmissionAction | Unset): What happens to a message from a user who logged in (a submission)
            whose score reaches
            the block score: a compromised account sending spam is an ISP's worst day. Default: SubmissionAction.REFUSE.
        tag_score (float | Unset): At this score a message is spam: `X-Spam-Flag: YES`, the subject prefix, the Junk
            folder. 0 to 10; recommended 5. Default: 5.0.
        time_budget_seconds (int | Unset): The longest a message waits for the engine, in seconds: 1 to 60. Default: 10.
    """

    block_action: BlockAction | Unset = BlockAction.REJECT
    block_score: float | Unset = 9.9
    dkim_fail_score: float | Unset = 1.0
    dmarc_fail_score: float | Unset = 2.0
    dmarc_pass_score: float | Unset = 0.0
    enabled: bool | Unset = True
    engine: None | SpamEngineType0 | SpamEngineType1 | Unset = UNSET
    engine_max_bytes: int | Unset = 524288
    exempt_group_id: None | Unset | UUID = UNSET
    exempt_recipients: list[str] | Unset = UNSET
    greeting_delay_seconds: int | Unset = 0
    greylisting_delay_seconds: int | Unset = 300
    greylisting_enabled: bool | Unset = False
    greylisting_retention_days: int | Unset = 36
    on_engine_failure: EngineFailure | Unset = EngineFailure.ACCEPT
    quarantine_retention_days: int | Unset = 30
    spam_to_junk: bool | Unset = True
    spf_fail_score: float | Unset = 1.0
    spf_soft_fail_score: float | Unset = 0.3
    subject_prefix: str | Unset = ""
    submission_action: SubmissionAction | Unset = SubmissionAction.REFUSE
    tag_score: float | Unset = 5.0
    time_budget_seconds: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        from ..models.spam_engine_type_0 import SpamEngineType0  # noqa: PLC0415
        from ..models.spam_engine_type_1 import SpamEngineType1  # noqa: PLC0415

        block_action: str | Unset = UNSET
        if not isinstance(self.block_action, Unset):
            block_action = self.block_action.value

        block_score = self.block_score

        dkim_fail_score = self.dkim_fail_score

        dmarc_fail_score = self.dmarc_fail_score

        dmarc_pass_score = self.dmarc_pass_score

        enabled = self.enabled

        engine: dict[str, Any] | None | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, SpamEngineType0):
            engine = self.engine.to_dict()
        elif isinstance(self.engine, SpamEngineType1):
            engine = self.engine.to_dict()
        else:
            engine = self.engine

        engine_max_bytes = self.engine_max_bytes

        exempt_group_id: None | str | Unset
        if isinstance(self.exempt_group_id, Unset):
            exempt_group_id = UNSET
        elif isinstance(self.exempt_group_id, UUID):
            exempt_group_id = str(self.exempt_group_id)
        else:
            exempt_group_id = self.exempt_group_id

        exempt_recipients: list[str] | Unset = UNSET
        if not isinstance(self.exempt_recipients, Unset):
            exempt_recipients = self.exempt_recipients

        greeting_delay_seconds = self.greeting_delay_seconds

        greylisting_delay_seconds = self.greylisting_delay_seconds

        greylisting_enabled = self.greylisting_enabled

        greylisting_retention_days = self.greylisting_retention_days

        on_engine_failure: str | Unset = UNSET
        if not isinstance(self.on_engine_failure, Unset):
            on_engine_failure = self.on_engine_failure.value

        quarantine_retention_days = self.quarantine_retention_days

        spam_to_junk = self.spam_to_junk

        spf_fail_score = self.spf_fail_score

        spf_soft_fail_score = self.spf_soft_fail_score

        subject_prefix = self.subject_prefix

        submission_action: str | Unset = UNSET
        if not isinstance(self.submission_action, Unset):
            submission_action = self.submission_action.value

        tag_score = self.tag_score

        time_budget_seconds = self.time_budget_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if block_action is not UNSET:
            field_dict["blockAction"] = block_action
        if block_score is not UNSET:
            field_dict["blockScore"] = block_score
        if dkim_fail_score is not UNSET:
            field_dict["dkimFailScore"] = dkim_fail_score
        if dmarc_fail_score is not UNSET:
            field_dict["dmarcFailScore"] = dmarc_fail_score
        if dmarc_pass_score is not UNSET:
            field_dict["dmarcPassScore"] = dmarc_pass_score
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if engine is not UNSET:
            field_dict["engine"] = engine
        if engine_max_bytes is not UNSET:
            field_dict["engineMaxBytes"] = engine_max_bytes
        if exempt_group_id is not UNSET:
            field_dict["exemptGroupId"] = exempt_group_id
        if exempt_recipients is not UNSET:
            field_dict["exemptRecipients"] = exempt_recipients
        if greeting_delay_seconds is not UNSET:
            field_dict["greetingDelaySeconds"] = greeting_delay_seconds
        if greylisting_delay_seconds is not UNSET:
            field_dict["greylistingDelaySeconds"] = greylisting_delay_seconds
        if greylisting_enabled is not UNSET:
            field_dict["greylistingEnabled"] = greylisting_enabled
        if greylisting_retention_days is not UNSET:
            field_dict["greylistingRetentionDays"] = greylisting_retention_days
        if on_engine_failure is not UNSET:
            field_dict["onEngineFailure"] = on_engine_failure
        if quarantine_retention_days is not UNSET:
            field_dict["quarantineRetentionDays"] = quarantine_retention_days
        if spam_to_junk is not UNSET:
            field_dict["spamToJunk"] = spam_to_junk
        if spf_fail_score is not UNSET:
            field_dict["spfFailScore"] = spf_fail_score
        if spf_soft_fail_score is not UNSET:
            field_dict["spfSoftFailScore"] = spf_soft_fail_score
        if subject_prefix is not UNSET:
            field_dict["subjectPrefix"] = subject_prefix
        if submission_action is not UNSET:
            field_dict["submissionAction"] = submission_action
        if tag_score is not UNSET:
            field_dict["tagScore"] = tag_score
        if time_budget_seconds is not UNSET:
            field_dict["timeBudgetSeconds"] = time_budget_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.spam_engine_type_0 import SpamEngineType0  # noqa: PLC0415
        from ..models.spam_engine_type_1 import SpamEngineType1  # noqa: PLC0415

        d = dict(src_dict)
        _block_action = d.pop("blockAction", UNSET)
        block_action: BlockAction | Unset
        if isinstance(_block_action, Unset):
            block_action = UNSET
        else:
            block_action = BlockAction(_block_action)

        block_score = d.pop("blockScore", UNSET)

        dkim_fail_score = d.pop("dkimFailScore", UNSET)

        dmarc_fail_score = d.pop("dmarcFailScore", UNSET)

        dmarc_pass_score = d.pop("dmarcPassScore", UNSET)

        enabled = d.pop("enabled", UNSET)

        def _parse_engine(data: object) -> None | SpamEngineType0 | SpamEngineType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_spam_engine_type_0 = SpamEngineType0.from_dict(data)

                return componentsschemas_spam_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_spam_engine_type_1 = SpamEngineType1.from_dict(data)

                return componentsschemas_spam_engine_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpamEngineType0 | SpamEngineType1 | Unset, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        engine_max_bytes = d.pop("engineMaxBytes", UNSET)

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

        exempt_recipients = cast(list[str], d.pop("exemptRecipients", UNSET))

        greeting_delay_seconds = d.pop("greetingDelaySeconds", UNSET)

        greylisting_delay_seconds = d.pop("greylistingDelaySeconds", UNSET)

        greylisting_enabled = d.pop("greylistingEnabled", UNSET)

        greylisting_retention_days = d.pop("greylistingRetentionDays", UNSET)

        _on_engine_failure = d.pop("onEngineFailure", UNSET)
        on_engine_failure: EngineFailure | Unset
        if isinstance(_on_engine_failure, Unset):
            on_engine_failure = UNSET
        else:
            on_engine_failure = EngineFailure(_on_engine_failure)

        quarantine_retention_days = d.pop("quarantineRetentionDays", UNSET)

        spam_to_junk = d.pop("spamToJunk", UNSET)

        spf_fail_score = d.pop("spfFailScore", UNSET)

        spf_soft_fail_score = d.pop("spfSoftFailScore", UNSET)

        subject_prefix = d.pop("subjectPrefix", UNSET)

        _submission_action = d.pop("submissionAction", UNSET)
        submission_action: SubmissionAction | Unset
        if isinstance(_submission_action, Unset):
            submission_action = UNSET
        else:
            submission_action = SubmissionAction(_submission_action)

        tag_score = d.pop("tagScore", UNSET)

        time_budget_seconds = d.pop("timeBudgetSeconds", UNSET)

        spam_settings = cls(
            block_action=block_action,
            block_score=block_score,
            dkim_fail_score=dkim_fail_score,
            dmarc_fail_score=dmarc_fail_score,
            dmarc_pass_score=dmarc_pass_score,
            enabled=enabled,
            engine=engine,
            engine_max_bytes=engine_max_bytes,
            exempt_group_id=exempt_group_id,
            exempt_recipients=exempt_recipients,
            greeting_delay_seconds=greeting_delay_seconds,
            greylisting_delay_seconds=greylisting_delay_seconds,
            greylisting_enabled=greylisting_enabled,
            greylisting_retention_days=greylisting_retention_days,
            on_engine_failure=on_engine_failure,
            quarantine_retention_days=quarantine_retention_days,
            spam_to_junk=spam_to_junk,
            spf_fail_score=spf_fail_score,
            spf_soft_fail_score=spf_soft_fail_score,
            subject_prefix=subject_prefix,
            submission_action=submission_action,
            tag_score=tag_score,
            time_budget_seconds=time_budget_seconds,
        )

        return spam_settings
