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
        lockout_seconds (int): How long a locked-out address stays locked, seconds.
        lockout_threshold (int): Failed logins from one address before it is locked out (0 = never lock).
        refresh_token_seconds (int): Lifetime of a refresh token, seconds.
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
    lockout_seconds: int
    lockout_threshold: int
    refresh_token_seconds: int
    password_policy: PasswordPolicy | Unset = UNSET
    require_encrypted_login: bool | Unset = UNSET
    session_idle_seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        access_token_seconds = self.access_token_seconds

        lockout_seconds = self.lockout_seconds

        lockout_threshold = self.lockout_threshold

        refresh_token_seconds = self.refresh_token_seconds

        password_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password_policy, Unset):
            password_policy = self.password_policy.to_dict()

        require_encrypted_login = self.require_encrypted_login

        session_idle_seconds = self.session_idle_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "accessTokenSeconds": access_token_seconds,
                "lockoutSeconds": lockout_seconds,
                "lockoutThreshold": lockout_threshold,
                "refreshTokenSeconds": refresh_token_seconds,
            }
        )
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

        lockout_seconds = d.pop("lockoutSeconds")

        lockout_threshold = d.pop("lockoutThreshold")

        refresh_token_seconds = d.pop("refreshTokenSeconds")

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
            lockout_seconds=lockout_seconds,
            lockout_threshold=lockout_threshold,
            refresh_token_seconds=refresh_token_seconds,
            password_policy=password_policy,
            require_encrypted_login=require_encrypted_login,
            session_idle_seconds=session_idle_seconds,
        )

        return security_settings
