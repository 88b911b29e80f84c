from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sieve_problem import SieveProblem


T = TypeVar("T", bound="SieveCheck")


@_attrs_define
class SieveCheck:
    """Whether a script would be accepted, and if not, where and why.

    Attributes:
        valid (bool):
        error (None | SieveProblem | Unset):
    """

    valid: bool
    error: None | SieveProblem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sieve_problem import SieveProblem  # noqa: PLC0415

        valid = self.valid

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, SieveProblem):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sieve_problem import SieveProblem  # noqa: PLC0415

        d = dict(src_dict)
        valid = d.pop("valid")

        def _parse_error(data: object) -> None | SieveProblem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = SieveProblem.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SieveProblem | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        sieve_check = cls(
            valid=valid,
            error=error,
        )

        sieve_check.additional_properties = d
        return sieve_check

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
