from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_source import CertificateSource
from ..models.certificate_status import CertificateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.renewal import Renewal


T = TypeVar("T", bound="Certificate")


@_attrs_define
class Certificate:
    """A certificate the server serves. Its private key is never shown.

    Attributes:
        created_at (datetime.datetime):
        id (UUID): A TLS certificate the server serves (uploaded, self-signed or from an ACME CA).
        is_default (bool): Served to clients that ask for no name, or for one no certificate holds.
        name (str):
        names (list[str]): The DNS names it is served for (chosen by the name a client asks for, SNI).
        renewal (Renewal): When the server renews the certificate, and how its last attempt went.
        source (CertificateSource): Where a certificate came from, which decides how it is renewed.
        status (CertificateStatus): Whether a certificate is served.
        updated_at (datetime.datetime):
        chain (None | str | Unset): The chain as served (PEM, leaf first); absent while an order is pending.
        fingerprint_sha_256 (None | str | Unset): SHA-256 of the leaf certificate, hex.
        issuer (None | str | Unset):
        not_after (datetime.datetime | None | Unset):
        not_before (datetime.datetime | None | Unset):
        serial (None | str | Unset):
        subject (None | str | Unset):
    """

    created_at: datetime.datetime
    id: UUID
    is_default: bool
    name: str
    names: list[str]
    renewal: Renewal
    source: CertificateSource
    status: CertificateStatus
    updated_at: datetime.datetime
    chain: None | str | Unset = UNSET
    fingerprint_sha_256: None | str | Unset = UNSET
    issuer: None | str | Unset = UNSET
    not_after: datetime.datetime | None | Unset = UNSET
    not_before: datetime.datetime | None | Unset = UNSET
    serial: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = str(self.id)

        is_default = self.is_default

        name = self.name

        names = self.names

        renewal = self.renewal.to_dict()

        source = self.source.value

        status = self.status.value

        updated_at = self.updated_at.isoformat()

        chain: None | str | Unset
        if isinstance(self.chain, Unset):
            chain = UNSET
        else:
            chain = self.chain

        fingerprint_sha_256: None | str | Unset
        if isinstance(self.fingerprint_sha_256, Unset):
            fingerprint_sha_256 = UNSET
        else:
            fingerprint_sha_256 = self.fingerprint_sha_256

        issuer: None | str | Unset
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        not_after: None | str | Unset
        if isinstance(self.not_after, Unset):
            not_after = UNSET
        elif isinstance(self.not_after, datetime.datetime):
            not_after = self.not_after.isoformat()
        else:
            not_after = self.not_after

        not_before: None | str | Unset
        if isinstance(self.not_before, Unset):
            not_before = UNSET
        elif isinstance(self.not_before, datetime.datetime):
            not_before = self.not_before.isoformat()
        else:
            not_before = self.not_before

        serial: None | str | Unset
        if isinstance(self.serial, Unset):
            serial = UNSET
        else:
            serial = self.serial

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "id": id,
                "isDefault": is_default,
                "name": name,
                "names": names,
                "renewal": renewal,
                "source": source,
                "status": status,
                "updatedAt": updated_at,
            }
        )
        if chain is not UNSET:
            field_dict["chain"] = chain
        if fingerprint_sha_256 is not UNSET:
            field_dict["fingerprintSha256"] = fingerprint_sha_256
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if not_after is not UNSET:
            field_dict["notAfter"] = not_after
        if not_before is not UNSET:
            field_dict["notBefore"] = not_before
        if serial is not UNSET:
            field_dict["serial"] = serial
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.renewal import Renewal  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        id = UUID(d.pop("id"))

        is_default = d.pop("isDefault")

        name = d.pop("name")

        names = cast(list[str], d.pop("names"))

        renewal = Renewal.from_dict(d.pop("renewal"))

        source = CertificateSource(d.pop("source"))

        status = CertificateStatus(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_chain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chain = _parse_chain(d.pop("chain", UNSET))

        def _parse_fingerprint_sha_256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fingerprint_sha_256 = _parse_fingerprint_sha_256(d.pop("fingerprintSha256", UNSET))

        def _parse_issuer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        def _parse_not_after(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_after_type_0 = datetime.datetime.fromisoformat(data)

                return not_after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        not_after = _parse_not_after(d.pop("notAfter", UNSET))

        def _parse_not_before(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                not_before_type_0 = datetime.datetime.fromisoformat(data)

                return not_before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        not_before = _parse_not_before(d.pop("notBefore", UNSET))

        def _parse_serial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        serial = _parse_serial(d.pop("serial", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        certificate = cls(
            created_at=created_at,
            id=id,
            is_default=is_default,
            name=name,
            names=names,
            renewal=renewal,
            source=source,
            status=status,
            updated_at=updated_at,
            chain=chain,
            fingerprint_sha_256=fingerprint_sha_256,
            issuer=issuer,
            not_after=not_after,
            not_before=not_before,
            serial=serial,
            subject=subject,
        )

        certificate.additional_properties = d
        return certificate

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
