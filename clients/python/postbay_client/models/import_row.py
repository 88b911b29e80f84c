from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.row_status import RowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.row_error import RowError


T = TypeVar("T", bound="ImportRow")


@_attrs_define
class ImportRow:
    """
    Attributes:
        line (int): 1-based line of the row in the file (the header is line 1).
        login_name (str):
        status (RowStatus):
        account_id (None | Unset | UUID):
        error (None | RowError | Unset):
    """

    line: int
    login_name: str
    status: RowStatus
    account_id: None | Unset | UUID = UNSET
    error: None | RowError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.row_error import RowError  # noqa: PLC0415

        line = self.line

        login_name = self.login_name

        status = self.status.value

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RowError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "line": line,
                "loginName": login_name,
                "status": status,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error import RowError  # noqa: PLC0415

        d = dict(src_dict)
        line = d.pop("line")

        login_name = d.pop("loginName")

        status = RowStatus(d.pop("status"))

        def _parse_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_1 = UUID(data)

                return account_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        def _parse_error(data: object) -> None | RowError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = RowError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RowError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        import_row = cls(
            line=line,
            login_name=login_name,
            status=status,
            account_id=account_id,
            error=error,
        )

        import_row.additional_properties = d
        return import_row

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
