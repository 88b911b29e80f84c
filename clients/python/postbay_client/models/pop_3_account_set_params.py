from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pop_3_account_patch import Pop3AccountPatch


T = TypeVar("T", bound="Pop3AccountSetParams")


@_attrs_define
class Pop3AccountSetParams:
    """No `Debug`: the pattern may hold a password.

    Attributes:
        id (UUID): A remote POP3 mailbox the server collects mail from.
        pattern (Pop3AccountPatch): Changes to an account; absent fields keep their value. No `Debug`: it may hold the
            password.
    """

    id: UUID
    pattern: Pop3AccountPatch

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pop_3_account_patch import Pop3AccountPatch  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        pattern = Pop3AccountPatch.from_dict(d.pop("pattern"))

        pop_3_account_set_params = cls(
            id=id,
            pattern=pattern,
        )

        return pop_3_account_set_params
