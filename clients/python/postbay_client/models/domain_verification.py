from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainVerification")


@_attrs_define
class DomainVerification:
    """A domain's verification, and the record that proves it.

    Attributes:
        record_name (str): The TXT record to publish: its name (`_postbay-verify.<domain>`) ...
        record_value (str): ... and its text (`postbay-verify=<token>`).
        status (VerificationStatus): Whether a domain's ownership is proven.
        token (str): The token the server issued for this domain.
        verified_at (datetime.datetime | None | Unset):
    """

    record_name: str
    record_value: str
    status: VerificationStatus
    token: str
    verified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        record_name = self.record_name

        record_value = self.record_value

        status = self.status.value

        token = self.token

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recordName": record_name,
                "recordValue": record_value,
                "status": status,
                "token": token,
            }
        )
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_name = d.pop("recordName")

        record_value = d.pop("recordValue")

        status = VerificationStatus(d.pop("status"))

        token = d.pop("token")

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verifiedAt", UNSET))

        domain_verification = cls(
            record_name=record_name,
            record_value=record_value,
            status=status,
            token=token,
            verified_at=verified_at,
        )

        domain_verification.additional_properties = d
        return domain_verification

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
