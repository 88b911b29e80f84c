from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.user_template_patch import UserTemplatePatch


T = TypeVar("T", bound="UserTemplatesSetParams")


@_attrs_define
class UserTemplatesSetParams:
    """
    Attributes:
        pattern (UserTemplatePatch):
        user_template_ids (list[UUID]):
    """

    pattern: UserTemplatePatch
    user_template_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        user_template_ids = []
        for user_template_ids_item_data in self.user_template_ids:
            user_template_ids_item = str(user_template_ids_item_data)
            user_template_ids.append(user_template_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "userTemplateIds": user_template_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_template_patch import UserTemplatePatch  # noqa: PLC0415

        d = dict(src_dict)
        pattern = UserTemplatePatch.from_dict(d.pop("pattern"))

        user_template_ids = []
        _user_template_ids = d.pop("userTemplateIds")
        for user_template_ids_item_data in _user_template_ids:
            user_template_ids_item = UUID(user_template_ids_item_data)

            user_template_ids.append(user_template_ids_item)

        user_templates_set_params = cls(
            pattern=pattern,
            user_template_ids=user_template_ids,
        )

        return user_templates_set_params
