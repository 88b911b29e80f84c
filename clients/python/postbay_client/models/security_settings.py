from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.password_policy import PasswordPolicy


T = TypeVar("T", bound="SecuritySettings")


@_attrs_define
class SecuritySettings:
    """Login protection and session lifetimes.

    Attributes:
        access_token_seconds (int): Lifetime of an access token, seconds.
        refresh_token_seconds (int): Lifetime of a refresh token, seconds.
        account_lockout_seconds (int | Unset): How long a locked account stays locked, and how long failures are
            remembered, seconds
            (1 to 7 days).
        account_lockout_threshold (int | Unset): Failed logins for one account, from anywhere, before the account is
            locked (0 = never
            lock). A success resets only that account's count. Kerio's account lockout.
        address_delay_threshold (int | Unset): Failed logins from one address (for any accounts) after which every
            further login from
            it waits, a second more per failure up to 10 s (0 = never). An address is slowed, never
            blocked: a NAT address's users still get in.
        lockout_seconds (int | Unset): Deprecated: the old name of `accountLockoutSeconds`, accepted and shown for one
            release.
        lockout_threshold (int | Unset): Deprecated: the old name of `accountLockoutThreshold`, accepted and shown for
            one release.
        password_policy (PasswordPolicy | Unset): What a password set in clear must be (security settings,
            `passwordPolicy`). Pre-hashed
            imports (`passwordHash`) cannot be checked and are exempt.
        require_encrypted_login (bool | Unset): Mail clients send passwords over encrypted connections only: POP3
            refuses USER, PASS
            and AUTH before STLS, IMAP says LOGINDISABLED before STARTTLS, submission offers AUTH
            only after STARTTLS. Incoming mail on port 25 is not affected.
        session_idle_seconds (int | Unset): A JSON-RPC admin session ends after this many seconds without a call.
    """

    access_token_seconds: int
    refresh_token_seconds: int
    account_lockout_seconds: int | Unset = UNSET
    account_lockout_threshold: int | Unset = UNSET
    address_delay_threshold: int | Unset = UNSET
    lockout_seconds: int | Unset = UNSET
    lockout_threshold: int | Unset = UNSET
    password_policy: PasswordPolicy | Unset = UNSET
    require_encrypted_login: bool | Unset = UNSET
    session_idle_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        access_token_seconds = self.access_token_seconds

        refresh_token_seconds = self.refresh_token_seconds

        account_lockout_seconds = self.account_lockout_seconds

        account_lockout_threshold = self.account_lockout_threshold

        address_delay_threshold = self.address_delay_threshold

        lockout_seconds = self.lockout_seconds

        lockout_threshold = self.lockout_threshold

        password_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password_policy, Unset):
            password_policy = self.password_policy.to_dict()

        require_encrypted_login = self.require_encrypted_login

        session_idle_seconds = self.session_idle_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accessTokenSeconds": access_token_seconds,
                "refreshTokenSeconds": refresh_token_seconds,
            }
        )
        if account_lockout_seconds is not UNSET:
            field_dict["accountLockoutSeconds"] = account_lockout_seconds
        if account_lockout_threshold is not UNSET:
            field_dict["accountLockoutThreshold"] = account_lockout_threshold
        if address_delay_threshold is not UNSET:
            field_dict["addressDelayThreshold"] = address_delay_threshold
        if lockout_seconds is not UNSET:
            field_dict["lockoutSeconds"] = lockout_seconds
        if lockout_threshold is not UNSET:
            field_dict["lockoutThreshold"] = lockout_threshold
        if password_policy is not UNSET:
            field_dict["passwordPolicy"] = password_policy
        if require_encrypted_login is not UNSET:
            field_dict["requireEncryptedLogin"] = require_encrypted_login
        if session_idle_seconds is not UNSET:
            field_dict["sessionIdleSeconds"] = session_idle_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.password_policy import PasswordPolicy  # noqa: PLC0415

        d = dict(src_dict)
        access_token_seconds = d.pop("accessTokenSeconds")

        refresh_token_seconds = d.pop("refreshTokenSeconds")

        account_lockout_seconds = d.pop("accountLockoutSeconds", UNSET)

        account_lockout_threshold = d.pop("accountLockoutThreshold", UNSET)

        address_delay_threshold = d.pop("addressDelayThreshold", UNSET)

        lockout_seconds = d.pop("lockoutSeconds", UNSET)

        lockout_threshold = d.pop("lockoutThreshold", UNSET)

        _password_policy = d.pop("passwordPolicy", UNSET)
        password_policy: PasswordPolicy | Unset
        if isinstance(_password_policy, Unset):
            password_policy = UNSET
        else:
            password_policy = PasswordPolicy.from_dict(_password_policy)

        require_encrypted_login = d.pop("requireEncryptedLogin", UNSET)

        session_idle_seconds = d.pop("sessionIdleSeconds", UNSET)

        security_settings = cls(
            access_token_seconds=access_token_seconds,
            refresh_token_seconds=refresh_token_seconds,
            account_lockout_seconds=account_lockout_seconds,
            account_lockout_threshold=account_lockout_threshold,
            address_delay_threshold=address_delay_threshold,
            lockout_seconds=lockout_seconds,
            lockout_threshold=lockout_threshold,
            password_policy=password_policy,
            require_encrypted_login=require_encrypted_login,
            session_idle_seconds=session_idle_seconds,
        )

        return security_settings
