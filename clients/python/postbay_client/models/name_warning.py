from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.name_warning_code import NameWarningCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="NameWarning")


@_attrs_define
class NameWarning:
    """Why a domain name may mislead the people who read it (Unicode TS #39). A warning for
    administrators, never a refusal: most names in other scripts are what they seem.

        Attributes:
            code (NameWarningCode):
            label (str): The label at fault, in Unicode.
            looks_like (None | str | Unset): The all-ASCII name it can pass for (`ascii_look_alike`).
    """

    code: NameWarningCode
    label: str
    looks_like: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        label = self.label

        looks_like: None | str | Unset
        if isinstance(self.looks_like, Unset):
            looks_like = UNSET
        else:
            looks_like = self.looks_like

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label": label,
            }
        )
        if looks_like is not UNSET:
            field_dict["looksLike"] = looks_like

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = NameWarningCode(d.pop("code"))

        label = d.pop("label")

        def _parse_looks_like(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        looks_like = _parse_looks_like(d.pop("looksLike", UNSET))

        name_warning = cls(
            code=code,
            label=label,
            looks_like=looks_like,
        )

        name_warning.additional_properties = d
        return name_warning

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
