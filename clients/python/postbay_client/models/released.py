from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Released")


@_attrs_define
class Released:
    """What a release did.

    Attributes:
        delivered_to (list[str]): The recipients it was delivered (or queued) to.
        not_delivered (list[str]): Recipients that no longer receive mail here (deleted, disabled, full): not delivered.
    """

    delivered_to: list[str]
    not_delivered: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered_to = self.delivered_to

        not_delivered = self.not_delivered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deliveredTo": delivered_to,
                "notDelivered": not_delivered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivered_to = cast(list[str], d.pop("deliveredTo"))

        not_delivered = cast(list[str], d.pop("notDelivered"))

        released = cls(
            delivered_to=delivered_to,
            not_delivered=not_delivered,
        )

        released.additional_properties = d
        return released

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
