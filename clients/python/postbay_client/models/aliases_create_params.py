from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.rpc_alias_pattern import RpcAliasPattern


T = TypeVar("T", bound="AliasesCreateParams")


@_attrs_define
class AliasesCreateParams:
    """
    Attributes:
        aliases (list[RpcAliasPattern]):
    """

    aliases: list[RpcAliasPattern]

    def to_dict(self) -> dict[str, Any]:
        aliases = []
        for aliases_item_data in self.aliases:
            aliases_item = aliases_item_data.to_dict()
            aliases.append(aliases_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aliases": aliases,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rpc_alias_pattern import RpcAliasPattern  # noqa: PLC0415

        d = dict(src_dict)
        aliases = []
        _aliases = d.pop("aliases")
        for aliases_item_data in _aliases:
            aliases_item = RpcAliasPattern.from_dict(aliases_item_data)

            aliases.append(aliases_item)

        aliases_create_params = cls(
            aliases=aliases,
        )

        return aliases_create_params
