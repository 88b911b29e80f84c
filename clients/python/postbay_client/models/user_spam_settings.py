from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.user_spam_action import UserSpamAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSpamSettings")


@_attrs_define
class UserSpamSettings:
    """A user's spam controls.

    Attributes:
        blocked_senders (list[str] | Unset): Senders whose mail this user never gets, in the same forms. At most 500.
        spam_action (UserSpamAction | Unset): What a user's spam goes to. Default: UserSpamAction.JUNK.
        trusted_senders (list[str] | Unset): Senders never treated as spam for this user: addresses
            (`boss@partner.example`) or
            whole domains (`@partner.example`). At most 500.
    """

    blocked_senders: list[str] | Unset = UNSET
    spam_action: UserSpamAction | Unset = UserSpamAction.JUNK
    trusted_senders: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        blocked_senders: list[str] | Unset = UNSET
        if not isinstance(self.blocked_senders, Unset):
            blocked_senders = self.blocked_senders

        spam_action: str | Unset = UNSET
        if not isinstance(self.spam_action, Unset):
            spam_action = self.spam_action.value

        trusted_senders: list[str] | Unset = UNSET
        if not isinstance(self.trusted_senders, Unset):
            trusted_senders = self.trusted_senders

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if blocked_senders is not UNSET:
            field_dict["blockedSenders"] = blocked_senders
        if spam_action is not UNSET:
            field_dict["spamAction"] = spam_action
        if trusted_senders is not UNSET:
            field_dict["trustedSenders"] = trusted_senders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        blocked_senders = cast(list[str], d.pop("blockedSenders", UNSET))

        _spam_action = d.pop("spamAction", UNSET)
        spam_action: UserSpamAction | Unset
        if isinstance(_spam_action, Unset):
            spam_action = UNSET
        else:
            spam_action = UserSpamAction(_spam_action)

        trusted_senders = cast(list[str], d.pop("trustedSenders", UNSET))

        user_spam_settings = cls(
            blocked_senders=blocked_senders,
            spam_action=spam_action,
            trusted_senders=trusted_senders,
        )

        return user_spam_settings
