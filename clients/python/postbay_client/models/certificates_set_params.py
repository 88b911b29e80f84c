from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.update_certificate_body import UpdateCertificateBody


T = TypeVar("T", bound="CertificatesSetParams")


@_attrs_define
class CertificatesSetParams:
    """
    Attributes:
        id (UUID): A TLS certificate the server serves (uploaded, self-signed or from an ACME CA).
        pattern (UpdateCertificateBody): Changes to a certificate: its label, whether it is the default, and (uploaded
            ones) a new
            chain and key together.
    """

    id: UUID
    pattern: UpdateCertificateBody

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        pattern = self.pattern.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "pattern": pattern,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_certificate_body import UpdateCertificateBody  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        pattern = UpdateCertificateBody.from_dict(d.pop("pattern"))

        certificates_set_params = cls(
            id=id,
            pattern=pattern,
        )

        return certificates_set_params
