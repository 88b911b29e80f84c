from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_alias_pattern import RpcAliasPattern


T = TypeVar("T", bound="AliasesSetParams")


@_attrs_define
class AliasesSetParams:
    """
    Attributes:
        alias_ids (list[UUID]):
        pattern (RpcAliasPattern):
    """

    alias_ids: list[UUID]
    pattern: RpcAliasPattern

    def to_dict(self) -> dict[str, Any]:
        alias_ids = []
        for alias_ids_item_data in self.alias_ids:
            alias_ids_item = str(alias_ids_item_data)
            alias_ids.append(alias_ids_item)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aliasIds": alias_ids,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_alias_pattern import RpcAliasPattern  # noqa: PLC0415

        d = dict(src_dict)
        alias_ids = []
        _alias_ids = d.pop("aliasIds")
        for alias_ids_item_data in _alias_ids:
            alias_ids_item = UUID(alias_ids_item_data)

            alias_ids.append(alias_ids_item)

        pattern = RpcAliasPattern.from_dict(d.pop("pattern"))

        aliases_set_params = cls(
            alias_ids=alias_ids,
            pattern=pattern,
        )

        return aliases_set_params
