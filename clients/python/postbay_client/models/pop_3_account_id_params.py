from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="Pop3AccountIdParams")


@_attrs_define
class Pop3AccountIdParams:
    """One POP3 account, by id.

    Attributes:
        id (UUID): A remote POP3 mailbox the server collects mail from.
    """

    id: UUID

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        pop_3_account_id_params = cls(
            id=id,
        )

        return pop_3_account_id_params
