from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_role_type import UserRoleType

T = TypeVar("T", bound="UserRight")


@_attrs_define
class UserRight:
    """Kerio's `UserRight`.

    Attributes:
        user_role (UserRoleType): Kerio's administration roles.
    """

    user_role: UserRoleType

    def to_dict(self) -> dict[str, Any]:
        user_role = self.user_role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userRole": user_role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_role = UserRoleType(d.pop("userRole"))

        user_right = cls(
            user_role=user_role,
        )

        return user_right
