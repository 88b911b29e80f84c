from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="UserTemplatesRemoveParams")


@_attrs_define
class UserTemplatesRemoveParams:
    """
    Attributes:
        user_template_ids (list[UUID]):
    """

    user_template_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        user_template_ids = []
        for user_template_ids_item_data in self.user_template_ids:
            user_template_ids_item = str(user_template_ids_item_data)
            user_template_ids.append(user_template_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userTemplateIds": user_template_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_template_ids = []
        _user_template_ids = d.pop("userTemplateIds")
        for user_template_ids_item_data in _user_template_ids:
            user_template_ids_item = UUID(user_template_ids_item_data)

            user_template_ids.append(user_template_ids_item)

        user_templates_remove_params = cls(
            user_template_ids=user_template_ids,
        )

        return user_templates_remove_params
