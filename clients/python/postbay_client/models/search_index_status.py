from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchIndexStatus")


@_attrs_define
class SearchIndexStatus:
    """How far the background indexer has come for an account.

    Attributes:
        indexed_messages (int): The account's messages whose content is indexed.
        pending_messages (int): The account's messages waiting for the indexer (searches still find them, reading
            them one by one).
        pending_server_wide (int): Stored contents waiting in the whole server, every account's (the indexer's backlog).
        percent (float): Share of the account's messages indexed, 0 to 100.
    """

    indexed_messages: int
    pending_messages: int
    pending_server_wide: int
    percent: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexed_messages = self.indexed_messages

        pending_messages = self.pending_messages

        pending_server_wide = self.pending_server_wide

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indexedMessages": indexed_messages,
                "pendingMessages": pending_messages,
                "pendingServerWide": pending_server_wide,
                "percent": percent,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indexed_messages = d.pop("indexedMessages")

        pending_messages = d.pop("pendingMessages")

        pending_server_wide = d.pop("pendingServerWide")

        percent = d.pop("percent")

        search_index_status = cls(
            indexed_messages=indexed_messages,
            pending_messages=pending_messages,
            pending_server_wide=pending_server_wide,
            percent=percent,
        )

        search_index_status.additional_properties = d
        return search_index_status

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
