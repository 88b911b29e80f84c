from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_parameters import MessageParameters


T = TypeVar("T", bound="ItemError")


@_attrs_define
class ItemError:
    """The failure of one item of a batch call (Kerio's `Error`). `data.code` is Postbay's stable
    machine code and `data.field` the member at fault.

        Attributes:
            code (int):
            input_index (int): Position of the item (or id) in the call's list.
            message (str):
            message_parameters (MessageParameters): Kerio's `LocalizableMessageParameters`.
            data (Any | Unset):
    """

    code: int
    input_index: int
    message: str
    message_parameters: MessageParameters
    data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        input_index = self.input_index

        message = self.message

        message_parameters = self.message_parameters.to_dict()

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "inputIndex": input_index,
                "message": message,
                "messageParameters": message_parameters,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_parameters import MessageParameters  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        input_index = d.pop("inputIndex")

        message = d.pop("message")

        message_parameters = MessageParameters.from_dict(d.pop("messageParameters"))

        data = d.pop("data", UNSET)

        item_error = cls(
            code=code,
            input_index=input_index,
            message=message,
            message_parameters=message_parameters,
            data=data,
        )

        item_error.additional_properties = d
        return item_error

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
