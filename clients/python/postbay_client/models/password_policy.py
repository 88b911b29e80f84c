from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PasswordPolicy")


@_attrs_define
class PasswordPolicy:
    """What a password set in clear must be (security settings, `passwordPolicy`). Pre-hashed
    imports (`passwordHash`) cannot be checked and are exempt.

        Attributes:
            min_character_classes (int | Unset): How many kinds of character it must mix — lower case, upper case, digits,
                others;
                0 to 4, default 0 (length matters more). Default: 0.
            min_length (int | Unset): Fewest characters; 1 to 128, default 10. Default: 10.
            refuse_common (bool | Unset): Refuse the 10,000 most common passwords, compared in lower case (default on).
                Default: True.
            refuse_user_name (bool | Unset): Refuse a password that contains the login name (so also the address), in any
                case,
                for login names of three characters or more (default on). Default: True.
    """

    min_character_classes: int | Unset = 0
    min_length: int | Unset = 10
    refuse_common: bool | Unset = True
    refuse_user_name: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        min_character_classes = self.min_character_classes

        min_length = self.min_length

        refuse_common = self.refuse_common

        refuse_user_name = self.refuse_user_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if min_character_classes is not UNSET:
            field_dict["minCharacterClasses"] = min_character_classes
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if refuse_common is not UNSET:
            field_dict["refuseCommon"] = refuse_common
        if refuse_user_name is not UNSET:
            field_dict["refuseUserName"] = refuse_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_character_classes = d.pop("minCharacterClasses", UNSET)

        min_length = d.pop("minLength", UNSET)

        refuse_common = d.pop("refuseCommon", UNSET)

        refuse_user_name = d.pop("refuseUserName", UNSET)

        password_policy = cls(
            min_character_classes=min_character_classes,
            min_length=min_length,
            refuse_common=refuse_common,
            refuse_user_name=refuse_user_name,
        )

        return password_policy
