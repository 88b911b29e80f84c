from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_search import MessageSearch


T = TypeVar("T", bound="UsersSearchMessagesParams")


@_attrs_define
class UsersSearchMessagesParams:
    """
    Attributes:
        user_id (UUID): A user account (mailbox).
        query (MessageSearch | Unset): What to look for in an account's mail; every filter optional, all must hold.
    """

    user_id: UUID
    query: MessageSearch | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userId": user_id,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_search import MessageSearch  # noqa: PLC0415

        d = dict(src_dict)
        user_id = UUID(d.pop("userId"))

        _query = d.pop("query", UNSET)
        query: MessageSearch | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = MessageSearch.from_dict(_query)

        users_search_messages_params = cls(
            user_id=user_id,
            query=query,
        )

        return users_search_messages_params
