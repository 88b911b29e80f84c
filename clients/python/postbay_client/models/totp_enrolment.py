from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TotpEnrolment")


@_attrs_define
class TotpEnrolment:
    """A pending enrolment: what the authenticator app needs. Shown once.

    Attributes:
        algorithm (str):
        digits (int):
        otpauth_uri (str): `otpauth://totp/…`, for a QR code.
        period_seconds (int):
        secret (str): The seed in base32, for typing into an app.
    """

    algorithm: str
    digits: int
    otpauth_uri: str
    period_seconds: int
    secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        digits = self.digits

        otpauth_uri = self.otpauth_uri

        period_seconds = self.period_seconds

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "digits": digits,
                "otpauthUri": otpauth_uri,
                "periodSeconds": period_seconds,
                "secret": secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = d.pop("algorithm")

        digits = d.pop("digits")

        otpauth_uri = d.pop("otpauthUri")

        period_seconds = d.pop("periodSeconds")

        secret = d.pop("secret")

        totp_enrolment = cls(
            algorithm=algorithm,
            digits=digits,
            otpauth_uri=otpauth_uri,
            period_seconds=period_seconds,
            secret=secret,
        )

        totp_enrolment.additional_properties = d
        return totp_enrolment

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
