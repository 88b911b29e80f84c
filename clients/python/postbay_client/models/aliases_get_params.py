from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_query import SearchQuery


T = TypeVar("T", bound="AliasesGetParams")


@_attrs_define
class AliasesGetParams:
    """
    Attributes:
        domain_id (None | Unset | UUID):
        query (SearchQuery | Unset): A search: which rows (`conditions`, `combining`), in what order, which page, which
            members.
    """

    domain_id: None | Unset | UUID = UNSET
    query: SearchQuery | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_query import SearchQuery  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_1 = UUID(data)

                return domain_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        _query = d.pop("query", UNSET)
        query: SearchQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = SearchQuery.from_dict(_query)

        aliases_get_params = cls(
            domain_id=domain_id,
            query=query,
        )

        return aliases_get_params
