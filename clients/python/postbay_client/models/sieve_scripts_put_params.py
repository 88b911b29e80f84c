from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.sieve_script_body import SieveScriptBody


T = TypeVar("T", bound="SieveScriptsPutParams")


@_attrs_define
class SieveScriptsPutParams:
    """
    Attributes:
        name (str):
        script (SieveScriptBody): A script's text to store under a name; `active: true` also makes it the active one,
            `false` leaves no script active if it was.
        user_id (UUID): A user account (mailbox).
    """

    name: str
    script: SieveScriptBody
    user_id: UUID

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        script = self.script.to_dict()

        user_id = str(self.user_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "script": script,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sieve_script_body import SieveScriptBody  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        script = SieveScriptBody.from_dict(d.pop("script"))

        user_id = UUID(d.pop("userId"))

        sieve_scripts_put_params = cls(
            name=name,
            script=script,
            user_id=user_id,
        )

        return sieve_scripts_put_params
