from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantLoginPolicy")


@_attrs_define
class TenantLoginPolicy:
    """What a tenant requires of the logins below it.

    Attributes:
        admins_require_totp (bool): Administrators (server, tenant, domain) whose accounts sit in this tenant or below
            must
            log in to the API with a second factor. One who has none yet gets a session that
            reaches only their own account, to enrol one.
        required_above (bool | Unset): Whether a tenant above requires it already (then this tenant's own setting
            changes
            nothing). Ignored when written.
    """

    admins_require_totp: bool
    required_above: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        admins_require_totp = self.admins_require_totp

        required_above = self.required_above

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adminsRequireTotp": admins_require_totp,
            }
        )
        if required_above is not UNSET:
            field_dict["requiredAbove"] = required_above

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        admins_require_totp = d.pop("adminsRequireTotp")

        required_above = d.pop("requiredAbove", UNSET)

        tenant_login_policy = cls(
            admins_require_totp=admins_require_totp,
            required_above=required_above,
        )

        return tenant_login_policy
