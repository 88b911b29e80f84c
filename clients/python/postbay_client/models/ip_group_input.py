from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_entry import IpEntry


T = TypeVar("T", bound="IpGroupInput")


@_attrs_define
class IpGroupInput:
    """A group as created or replaced (PUT replaces every member).

    Attributes:
        name (str):
        description (str | Unset):
        entries (list[IpEntry] | Unset):
    """

    name: str
    description: str | Unset = UNSET
    entries: list[IpEntry] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_entry import IpEntry  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _entries = d.pop("entries", UNSET)
        entries: list[IpEntry] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = IpEntry.from_dict(entries_item_data)

                entries.append(entries_item)

        ip_group_input = cls(
            name=name,
            description=description,
            entries=entries,
        )

        return ip_group_input
