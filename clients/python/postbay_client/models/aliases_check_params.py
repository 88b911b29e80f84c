from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AliasesCheckParams")


@_attrs_define
class AliasesCheckParams:
    """
    Attributes:
        check_string (str): The address to expand.
    """

    check_string: str

    def to_dict(self) -> dict[str, Any]:
        check_string = self.check_string

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checkString": check_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        check_string = d.pop("checkString")

        aliases_check_params = cls(
            check_string=check_string,
        )

        return aliases_check_params
