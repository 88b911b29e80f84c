from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.acme_challenge import AcmeChallenge
from ..types import UNSET, Unset

T = TypeVar("T", bound="AcmeSettings")


@_attrs_define
class AcmeSettings:
    """How the server orders certificates.

    Attributes:
        ca_certificate (None | str | Unset): A CA certificate (PEM) to trust for the directory's HTTPS, for a private
            CA; when
            set, only it is trusted.
        challenge (AcmeChallenge | Unset): How the server proves to the CA that a name is its own.
        contact (list[str] | Unset): Addresses the CA writes to about the account (expiry notices), up to 5.
        directory_url (str | Unset): The CA's directory URL (https).
        renew_before_days (int | Unset): Renew this many days before expiry (1 to 90; default 30), or at a third of the
            life
            left for shorter-lived certificates.
    """

    ca_certificate: None | str | Unset = UNSET
    challenge: AcmeChallenge | Unset = UNSET
    contact: list[str] | Unset = UNSET
    directory_url: str | Unset = UNSET
    renew_before_days: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        ca_certificate: None | str | Unset
        if isinstance(self.ca_certificate, Unset):
            ca_certificate = UNSET
        else:
            ca_certificate = self.ca_certificate

        challenge: str | Unset = UNSET
        if not isinstance(self.challenge, Unset):
            challenge = self.challenge.value

        contact: list[str] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact

        directory_url = self.directory_url

        renew_before_days = self.renew_before_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ca_certificate is not UNSET:
            field_dict["caCertificate"] = ca_certificate
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if contact is not UNSET:
            field_dict["contact"] = contact
        if directory_url is not UNSET:
            field_dict["directoryUrl"] = directory_url
        if renew_before_days is not UNSET:
            field_dict["renewBeforeDays"] = renew_before_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_ca_certificate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ca_certificate = _parse_ca_certificate(d.pop("caCertificate", UNSET))

        _challenge = d.pop("challenge", UNSET)
        challenge: AcmeChallenge | Unset
        if isinstance(_challenge, Unset):
            challenge = UNSET
        else:
            challenge = AcmeChallenge(_challenge)

        contact = cast(list[str], d.pop("contact", UNSET))

        directory_url = d.pop("directoryUrl", UNSET)

        renew_before_days = d.pop("renewBeforeDays", UNSET)

        acme_settings = cls(
            ca_certificate=ca_certificate,
            challenge=challenge,
            contact=contact,
            directory_url=directory_url,
            renew_before_days=renew_before_days,
        )

        return acme_settings
