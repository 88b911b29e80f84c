from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.block_action import BlockAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainSpamSettings")


@_attrs_define
class DomainSpamSettings:
    """A domain's overrides; absent fields inherit the server's value.

    Attributes:
        block_action (BlockAction | None | Unset):
        block_score (float | None | Unset):
        exempt_recipients (list[str] | None | Unset):
        spam_to_junk (bool | None | Unset):
        subject_prefix (None | str | Unset):
        tag_score (float | None | Unset):
    """

    block_action: BlockAction | None | Unset = UNSET
    block_score: float | None | Unset = UNSET
    exempt_recipients: list[str] | None | Unset = UNSET
    spam_to_junk: bool | None | Unset = UNSET
    subject_prefix: None | str | Unset = UNSET
    tag_score: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        block_action: None | str | Unset
        if isinstance(self.block_action, Unset):
            block_action = UNSET
        elif isinstance(self.block_action, BlockAction):
            block_action = self.block_action.value
        else:
            block_action = self.block_action

        block_score: float | None | Unset
        if isinstance(self.block_score, Unset):
            block_score = UNSET
        else:
            block_score = self.block_score

        exempt_recipients: list[str] | None | Unset
        if isinstance(self.exempt_recipients, Unset):
            exempt_recipients = UNSET
        elif isinstance(self.exempt_recipients, list):
            exempt_recipients = self.exempt_recipients

        else:
            exempt_recipients = self.exempt_recipients

        spam_to_junk: bool | None | Unset
        if isinstance(self.spam_to_junk, Unset):
            spam_to_junk = UNSET
        else:
            spam_to_junk = self.spam_to_junk

        subject_prefix: None | str | Unset
        if isinstance(self.subject_prefix, Unset):
            subject_prefix = UNSET
        else:
            subject_prefix = self.subject_prefix

        tag_score: float | None | Unset
        if isinstance(self.tag_score, Unset):
            tag_score = UNSET
        else:
            tag_score = self.tag_score

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if block_action is not UNSET:
            field_dict["blockAction"] = block_action
        if block_score is not UNSET:
            field_dict["blockScore"] = block_score
        if exempt_recipients is not UNSET:
            field_dict["exemptRecipients"] = exempt_recipients
        if spam_to_junk is not UNSET:
            field_dict["spamToJunk"] = spam_to_junk
        if subject_prefix is not UNSET:
            field_dict["subjectPrefix"] = subject_prefix
        if tag_score is not UNSET:
            field_dict["tagScore"] = tag_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_block_action(data: object) -> BlockAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                block_action_type_1 = BlockAction(data)

                return block_action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BlockAction | None | Unset, data)

        block_action = _parse_block_action(d.pop("blockAction", UNSET))

        def _parse_block_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        block_score = _parse_block_score(d.pop("blockScore", UNSET))

        def _parse_exempt_recipients(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                exempt_recipients_type_0 = cast(list[str], data)

                return exempt_recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        exempt_recipients = _parse_exempt_recipients(d.pop("exemptRecipients", UNSET))

        def _parse_spam_to_junk(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        spam_to_junk = _parse_spam_to_junk(d.pop("spamToJunk", UNSET))

        def _parse_subject_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_prefix = _parse_subject_prefix(d.pop("subjectPrefix", UNSET))

        def _parse_tag_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tag_score = _parse_tag_score(d.pop("tagScore", UNSET))

        domain_spam_settings = cls(
            block_action=block_action,
            block_score=block_score,
            exempt_recipients=exempt_recipients,
            spam_to_junk=spam_to_junk,
            subject_prefix=subject_prefix,
            tag_score=tag_score,
        )

        return domain_spam_settings
