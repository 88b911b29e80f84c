from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resolution import Resolution


T = TypeVar("T", bound="AliasCheckResult")


@_attrs_define
class AliasCheckResult:
    """
    Attributes:
        list_ (list[str]): Every final address, local mailboxes first (Kerio's list of expansions).
        resolution (Resolution): The final expansion of an address.
    """

    list_: list[str]
    resolution: Resolution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = self.list_

        resolution = self.resolution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
                "resolution": resolution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolution import Resolution  # noqa: PLC0415

        d = dict(src_dict)
        list_ = cast(list[str], d.pop("list"))

        resolution = Resolution.from_dict(d.pop("resolution"))

        alias_check_result = cls(
            list_=list_,
            resolution=resolution,
        )

        alias_check_result.additional_properties = d
        return alias_check_result

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
