from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AliasesRemoveParams")


@_attrs_define
class AliasesRemoveParams:
    """
    Attributes:
        alias_ids (list[UUID]):
    """

    alias_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        alias_ids = []
        for alias_ids_item_data in self.alias_ids:
            alias_ids_item = str(alias_ids_item_data)
            alias_ids.append(alias_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aliasIds": alias_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alias_ids = []
        _alias_ids = d.pop("aliasIds")
        for alias_ids_item_data in _alias_ids:
            alias_ids_item = UUID(alias_ids_item_data)

            alias_ids.append(alias_ids_item)

        aliases_remove_params = cls(
            alias_ids=alias_ids,
        )

        return aliases_remove_params
