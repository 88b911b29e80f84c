from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lockout_kind import LockoutKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="Lockout")


@_attrs_define
class Lockout:
    """An account locked out, or an address slowed down, now.

    Attributes:
        address (str): The client address, or for an account its address (`login@domain`).
        failures (int):
        kind (LockoutKind): What a lockout holds back.
        locked_until (datetime.datetime):
        account_id (None | Unset | UUID):
    """

    address: str
    failures: int
    kind: LockoutKind
    locked_until: datetime.datetime
    account_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        failures = self.failures

        kind = self.kind.value

        locked_until = self.locked_until.isoformat()

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "failures": failures,
                "kind": kind,
                "lockedUntil": locked_until,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        failures = d.pop("failures")

        kind = LockoutKind(d.pop("kind"))

        locked_until = datetime.datetime.fromisoformat(d.pop("lockedUntil"))

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

        lockout = cls(
            address=address,
            failures=failures,
            kind=kind,
            locked_until=locked_until,
            account_id=account_id,
        )

        lockout.additional_properties = d
        return lockout

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
