from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_defaults import AccountDefaults


T = TypeVar("T", bound="UserTemplatePatch")


@_attrs_define
class UserTemplatePatch:
    """
    Attributes:
        defaults (AccountDefaults | None | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
    """

    defaults: AccountDefaults | None | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_defaults import AccountDefaults  # noqa: PLC0415

        defaults: dict[str, Any] | None | Unset
        if isinstance(self.defaults, Unset):
            defaults = UNSET
        elif isinstance(self.defaults, AccountDefaults):
            defaults = self.defaults.to_dict()
        else:
            defaults = self.defaults

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_defaults import AccountDefaults  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_defaults(data: object) -> AccountDefaults | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                defaults_type_1 = AccountDefaults.from_dict(data)

                return defaults_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountDefaults | None | Unset, data)

        defaults = _parse_defaults(d.pop("defaults", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        user_template_patch = cls(
            defaults=defaults,
            description=description,
            name=name,
        )

        return user_template_patch
