from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageParameters")


@_attrs_define
class MessageParameters:
    """Kerio's `LocalizableMessageParameters`.

    Attributes:
        plurality (int):
        positional_parameters (list[str]):
    """

    plurality: int
    positional_parameters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plurality = self.plurality

        positional_parameters = self.positional_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plurality": plurality,
                "positionalParameters": positional_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plurality = d.pop("plurality")

        positional_parameters = cast(list[str], d.pop("positionalParameters"))

        message_parameters = cls(
            plurality=plurality,
            positional_parameters=positional_parameters,
        )

        message_parameters.additional_properties = d
        return message_parameters

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
