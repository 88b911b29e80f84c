from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_account import BulkCreateAccount
    from ..models.bulk_update_account import BulkUpdateAccount


T = TypeVar("T", bound="BulkAccounts")


@_attrs_define
class BulkAccounts:
    """Creates, changes and deletes many accounts; at most 1000 items in all.

    Attributes:
        create (list[BulkCreateAccount] | Unset):
        delete (list[UUID] | Unset):
        update (list[BulkUpdateAccount] | Unset):
    """

    create: list[BulkCreateAccount] | Unset = UNSET
    delete: list[UUID] | Unset = UNSET
    update: list[BulkUpdateAccount] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        create: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = []
            for create_item_data in self.create:
                create_item = create_item_data.to_dict()
                create.append(create_item)

        delete: list[str] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = []
            for delete_item_data in self.delete:
                delete_item = str(delete_item_data)
                delete.append(delete_item)

        update: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update, Unset):
            update = []
            for update_item_data in self.update:
                update_item = update_item_data.to_dict()
                update.append(update_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create
        if delete is not UNSET:
            field_dict["delete"] = delete
        if update is not UNSET:
            field_dict["update"] = update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_account import BulkCreateAccount  # noqa: PLC0415
        from ..models.bulk_update_account import BulkUpdateAccount  # noqa: PLC0415

        d = dict(src_dict)
        _create = d.pop("create", UNSET)
        create: list[BulkCreateAccount] | Unset = UNSET
        if _create is not UNSET:
            create = []
            for create_item_data in _create:
                create_item = BulkCreateAccount.from_dict(create_item_data)

                create.append(create_item)

        _delete = d.pop("delete", UNSET)
        delete: list[UUID] | Unset = UNSET
        if _delete is not UNSET:
            delete = []
            for delete_item_data in _delete:
                delete_item = UUID(delete_item_data)

                delete.append(delete_item)

        _update = d.pop("update", UNSET)
        update: list[BulkUpdateAccount] | Unset = UNSET
        if _update is not UNSET:
            update = []
            for update_item_data in _update:
                update_item = BulkUpdateAccount.from_dict(update_item_data)

                update.append(update_item)

        bulk_accounts = cls(
            create=create,
            delete=delete,
            update=update,
        )

        return bulk_accounts
