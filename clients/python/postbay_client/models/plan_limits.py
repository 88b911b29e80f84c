from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sending_limits import SendingLimits


T = TypeVar("T", bound="PlanLimits")


@_attrs_define
class PlanLimits:
    """A plan's limits. Each level takes its own fields (a field of another level is refused,
    `not_for_level`); an absent limit is no limit (0 for sizes and quotas).

        Attributes:
            default_quota_bytes (int | None | Unset): Domain plans: the quota new accounts get when they set none, bytes.
            max_accounts (int | None | Unset): Tenant and domain plans: accounts.
            max_aliases (int | None | Unset): Tenant and domain plans: aliases.
            max_domains (int | None | Unset): Tenant plans: domains in the subtree.
            max_groups (int | None | Unset): Tenant plans: groups (and mailing lists).
            max_message_size (int | None | Unset): Domain plans: the largest message from or for the domain's users, bytes.
            max_outgoing_message_size (int | None | Unset): Account plans: the largest message the account may send, bytes.
            max_quota_bytes (int | None | Unset): Domain plans: the largest quota an account may have, bytes.
            max_storage_bytes (int | None | Unset): Tenant plans: stored mail of the whole subtree, bytes.
            quota_bytes (int | None | Unset): Account plans: the mailbox quota, bytes.
            quota_messages (int | None | Unset): Account plans: the mailbox quota, messages.
            sending_limits (None | SendingLimits | Unset):
    """

    default_quota_bytes: int | None | Unset = UNSET
    max_accounts: int | None | Unset = UNSET
    max_aliases: int | None | Unset = UNSET
    max_domains: int | None | Unset = UNSET
    max_groups: int | None | Unset = UNSET
    max_message_size: int | None | Unset = UNSET
    max_outgoing_message_size: int | None | Unset = UNSET
    max_quota_bytes: int | None | Unset = UNSET
    max_storage_bytes: int | None | Unset = UNSET
    quota_bytes: int | None | Unset = UNSET
    quota_messages: int | None | Unset = UNSET
    sending_limits: None | SendingLimits | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.sending_limits import SendingLimits  # noqa: PLC0415

        default_quota_bytes: int | None | Unset
        if isinstance(self.default_quota_bytes, Unset):
            default_quota_bytes = UNSET
        else:
            default_quota_bytes = self.default_quota_bytes

        max_accounts: int | None | Unset
        if isinstance(self.max_accounts, Unset):
            max_accounts = UNSET
        else:
            max_accounts = self.max_accounts

        max_aliases: int | None | Unset
        if isinstance(self.max_aliases, Unset):
            max_aliases = UNSET
        else:
            max_aliases = self.max_aliases

        max_domains: int | None | Unset
        if isinstance(self.max_domains, Unset):
            max_domains = UNSET
        else:
            max_domains = self.max_domains

        max_groups: int | None | Unset
        if isinstance(self.max_groups, Unset):
            max_groups = UNSET
        else:
            max_groups = self.max_groups

        max_message_size: int | None | Unset
        if isinstance(self.max_message_size, Unset):
            max_message_size = UNSET
        else:
            max_message_size = self.max_message_size

        max_outgoing_message_size: int | None | Unset
        if isinstance(self.max_outgoing_message_size, Unset):
            max_outgoing_message_size = UNSET
        else:
            max_outgoing_message_size = self.max_outgoing_message_size

        max_quota_bytes: int | None | Unset
        if isinstance(self.max_quota_bytes, Unset):
            max_quota_bytes = UNSET
        else:
            max_quota_bytes = self.max_quota_bytes

        max_storage_bytes: int | None | Unset
        if isinstance(self.max_storage_bytes, Unset):
            max_storage_bytes = UNSET
        else:
            max_storage_bytes = self.max_storage_bytes

        quota_bytes: int | None | Unset
        if isinstance(self.quota_bytes, Unset):
            quota_bytes = UNSET
        else:
            quota_bytes = self.quota_bytes

        quota_messages: int | None | Unset
        if isinstance(self.quota_messages, Unset):
            quota_messages = UNSET
        else:
            quota_messages = self.quota_messages

        sending_limits: dict[str, Any] | None | Unset
        if isinstance(self.sending_limits, Unset):
            sending_limits = UNSET
        elif isinstance(self.sending_limits, SendingLimits):
            sending_limits = self.sending_limits.to_dict()
        else:
            sending_limits = self.sending_limits

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_quota_bytes is not UNSET:
            field_dict["defaultQuotaBytes"] = default_quota_bytes
        if max_accounts is not UNSET:
            field_dict["maxAccounts"] = max_accounts
        if max_aliases is not UNSET:
            field_dict["maxAliases"] = max_aliases
        if max_domains is not UNSET:
            field_dict["maxDomains"] = max_domains
        if max_groups is not UNSET:
            field_dict["maxGroups"] = max_groups
        if max_message_size is not UNSET:
            field_dict["maxMessageSize"] = max_message_size
        if max_outgoing_message_size is not UNSET:
            field_dict["maxOutgoingMessageSize"] = max_outgoing_message_size
        if max_quota_bytes is not UNSET:
            field_dict["maxQuotaBytes"] = max_quota_bytes
        if max_storage_bytes is not UNSET:
            field_dict["maxStorageBytes"] = max_storage_bytes
        if quota_bytes is not UNSET:
            field_dict["quotaBytes"] = quota_bytes
        if quota_messages is not UNSET:
            field_dict["quotaMessages"] = quota_messages
        if sending_limits is not UNSET:
            field_dict["sendingLimits"] = sending_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sending_limits import SendingLimits  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_quota_bytes = _parse_default_quota_bytes(d.pop("defaultQuotaBytes", UNSET))

        def _parse_max_accounts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_accounts = _parse_max_accounts(d.pop("maxAccounts", UNSET))

        def _parse_max_aliases(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_aliases = _parse_max_aliases(d.pop("maxAliases", UNSET))

        def _parse_max_domains(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_domains = _parse_max_domains(d.pop("maxDomains", UNSET))

        def _parse_max_groups(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_groups = _parse_max_groups(d.pop("maxGroups", UNSET))

        def _parse_max_message_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_message_size = _parse_max_message_size(d.pop("maxMessageSize", UNSET))

        def _parse_max_outgoing_message_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_outgoing_message_size = _parse_max_outgoing_message_size(d.pop("maxOutgoingMessageSize", UNSET))

        def _parse_max_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_quota_bytes = _parse_max_quota_bytes(d.pop("maxQuotaBytes", UNSET))

        def _parse_max_storage_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_storage_bytes = _parse_max_storage_bytes(d.pop("maxStorageBytes", UNSET))

        def _parse_quota_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_bytes = _parse_quota_bytes(d.pop("quotaBytes", UNSET))

        def _parse_quota_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quota_messages = _parse_quota_messages(d.pop("quotaMessages", UNSET))

        def _parse_sending_limits(data: object) -> None | SendingLimits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sending_limits_type_1 = SendingLimits.from_dict(data)

                return sending_limits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SendingLimits | Unset, data)

        sending_limits = _parse_sending_limits(d.pop("sendingLimits", UNSET))

        plan_limits = cls(
            default_quota_bytes=default_quota_bytes,
            max_accounts=max_accounts,
            max_aliases=max_aliases,
            max_domains=max_domains,
            max_groups=max_groups,
            max_message_size=max_message_size,
            max_outgoing_message_size=max_outgoing_message_size,
            max_quota_bytes=max_quota_bytes,
            max_storage_bytes=max_storage_bytes,
            quota_bytes=quota_bytes,
            quota_messages=quota_messages,
            sending_limits=sending_limits,
        )

        return plan_limits
