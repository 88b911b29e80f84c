from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.comparator import Comparator

T = TypeVar("T", bound="SearchCondition")


@_attrs_define
class SearchCondition:
    """
    Attributes:
        comparator (Comparator):
        field_name (str): A column name, or `QUICKSEARCH`.
        value (bool | int | str): A condition's value: Kerio clients send strings; numbers and booleans are accepted
            too.
    """

    comparator: Comparator
    field_name: str
    value: bool | int | str

    def to_dict(self) -> dict[str, Any]:
        comparator = self.comparator.value

        field_name = self.field_name

        value: bool | int | str
        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "comparator": comparator,
                "fieldName": field_name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparator = Comparator(d.pop("comparator"))

        field_name = d.pop("fieldName")

        def _parse_value(data: object) -> bool | int | str:
            return cast(bool | int | str, data)

        value = _parse_value(d.pop("value"))

        search_condition = cls(
            comparator=comparator,
            field_name=field_name,
            value=value,
        )

        return search_condition
