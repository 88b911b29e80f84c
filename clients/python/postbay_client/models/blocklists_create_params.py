from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_blocklist import NewBlocklist


T = TypeVar("T", bound="BlocklistsCreateParams")


@_attrs_define
class BlocklistsCreateParams:
    """
    Attributes:
        blocklist (NewBlocklist): A blocklist to add.
    """

    blocklist: NewBlocklist

    def to_dict(self) -> dict[str, Any]:
        blocklist = self.blocklist.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "blocklist": blocklist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_blocklist import NewBlocklist  # noqa: PLC0415

        d = dict(src_dict)
        blocklist = NewBlocklist.from_dict(d.pop("blocklist"))

        blocklists_create_params = cls(
            blocklist=blocklist,
        )

        return blocklists_create_params
