from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="SieveScriptNameParams")


@_attrs_define
class SieveScriptNameParams:
    """
    Attributes:
        name (str):
        user_id (UUID): A user account (mailbox).
    """

    name: str
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        user_id = UUID(d.pop("userId"))

        sieve_script_name_params = cls(
            name=name,
            user_id=user_id,
        )

        return sieve_script_name_params
