from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_item import CreatedItem
    from ..models.item_error import ItemError


T = TypeVar("T", bound="CreateResult")


@_attrs_define
class CreateResult:
    """What a batch create returns: the ids of created items and the errors of the others.

    Attributes:
        errors (list[ItemError]):
        result (list[CreatedItem]):
    """

    errors: list[ItemError]
    result: list[CreatedItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.created_item import CreatedItem  # noqa: PLC0415
        from ..models.item_error import ItemError  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = ItemError.from_dict(errors_item_data)

            errors.append(errors_item)

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = CreatedItem.from_dict(result_item_data)

            result.append(result_item)

        create_result = cls(
            errors=errors,
            result=result,
        )

        create_result.additional_properties = d
        return create_result

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
