from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bulk_item_result import BulkItemResult


T = TypeVar("T", bound="BulkAliasesResult")


@_attrs_define
class BulkAliasesResult:
    """
    Attributes:
        create (list[BulkItemResult]):
        delete (list[BulkItemResult]):
        update (list[BulkItemResult]):
    """

    create: list[BulkItemResult]
    delete: list[BulkItemResult]
    update: list[BulkItemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create = []
        for create_item_data in self.create:
            create_item = create_item_data.to_dict()
            create.append(create_item)

        delete = []
        for delete_item_data in self.delete:
            delete_item = delete_item_data.to_dict()
            delete.append(delete_item)

        update = []
        for update_item_data in self.update:
            update_item = update_item_data.to_dict()
            update.append(update_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "create": create,
                "delete": delete,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_item_result import BulkItemResult  # noqa: PLC0415

        d = dict(src_dict)
        create = []
        _create = d.pop("create")
        for create_item_data in _create:
            create_item = BulkItemResult.from_dict(create_item_data)

            create.append(create_item)

        delete = []
        _delete = d.pop("delete")
        for delete_item_data in _delete:
            delete_item = BulkItemResult.from_dict(delete_item_data)

            delete.append(delete_item)

        update = []
        _update = d.pop("update")
        for update_item_data in _update:
            update_item = BulkItemResult.from_dict(update_item_data)

            update.append(update_item)

        bulk_aliases_result = cls(
            create=create,
            delete=delete,
            update=update,
        )

        bulk_aliases_result.additional_properties = d
        return bulk_aliases_result

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
