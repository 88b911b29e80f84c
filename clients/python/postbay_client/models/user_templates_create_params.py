from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_user_template import NewUserTemplate


T = TypeVar("T", bound="UserTemplatesCreateParams")


@_attrs_define
class UserTemplatesCreateParams:
    """
    Attributes:
        user_templates (list[NewUserTemplate]):
    """

    user_templates: list[NewUserTemplate]

    def to_dict(self) -> dict[str, Any]:
        user_templates = []
        for user_templates_item_data in self.user_templates:
            user_templates_item = user_templates_item_data.to_dict()
            user_templates.append(user_templates_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userTemplates": user_templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_user_template import NewUserTemplate  # noqa: PLC0415

        d = dict(src_dict)
        user_templates = []
        _user_templates = d.pop("userTemplates")
        for user_templates_item_data in _user_templates:
            user_templates_item = NewUserTemplate.from_dict(user_templates_item_data)

            user_templates.append(user_templates_item)

        user_templates_create_params = cls(
            user_templates=user_templates,
        )

        return user_templates_create_params
