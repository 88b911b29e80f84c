from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_query import SearchQuery


T = TypeVar("T", bound="DomainsGetParams")


@_attrs_define
class DomainsGetParams:
    """
    Attributes:
        query (SearchQuery | Unset): A search: which rows (`conditions`, `combining`), in what order, which page, which
            members.
    """

    query: SearchQuery | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_query import SearchQuery  # noqa: PLC0415

        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: SearchQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SearchQuery.from_dict(_query)

        domains_get_params = cls(
            query=query,
        )

        return domains_get_params
