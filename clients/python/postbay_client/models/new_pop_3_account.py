from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.pop_3_authentication import Pop3Authentication
from ..models.pop_3_security import Pop3Security
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0
    from ..models.pop_3_delivery_type_1 import Pop3DeliveryType1
    from ..models.pop_3_retention_type_0 import Pop3RetentionType0
    from ..models.pop_3_retention_type_1 import Pop3RetentionType1
    from ..models.pop_3_retention_type_2 import Pop3RetentionType2


T = TypeVar("T", bound="NewPop3Account")


@_attrs_define
class NewPop3Account:
    """No `Debug`: it holds the password.

    Attributes:
        delivery (Pop3DeliveryType0 | Pop3DeliveryType1): Where collected messages go.
        host (str):
        password (str): Write-only; at most 119 characters; stored encrypted.
        username (str):
        authentication (Pop3Authentication | Unset): How the collector logs in.
        description (str | Unset):
        domain_id (None | Unset | UUID):
        drop_duplicates (bool | Unset):
        enabled (bool | Unset):
        max_session_bytes (int | Unset):
        max_session_messages (int | Unset):
        port (int | None | Unset): Defaults to 995 with `tls`, else 110.
        preferred_header (str | Unset): `X-Envelope-To` (the default), `Delivered-To`, `Received`, another header name,
            or
            empty for none.
        retention (Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset): What happens to a message on
            the remote server once it is stored here.
        security (Pop3Security | Unset): How the connection to the remote server is protected.
        tenant_id (None | Unset | UUID):
        verify_certificate (bool | Unset):
    """

    delivery: Pop3DeliveryType0 | Pop3DeliveryType1
    host: str
    password: str
    username: str
    authentication: Pop3Authentication | Unset = UNSET
    description: str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    drop_duplicates: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    max_session_bytes: int | Unset = UNSET
    max_session_messages: int | Unset = UNSET
    port: int | None | Unset = UNSET
    preferred_header: str | Unset = UNSET
    retention: Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset = UNSET
    security: Pop3Security | Unset = UNSET
    tenant_id: None | Unset | UUID = UNSET
    verify_certificate: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_0 import Pop3RetentionType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_1 import Pop3RetentionType1  # noqa: PLC0415

        delivery: dict[str, Any]
        if isinstance(self.delivery, Pop3DeliveryType0):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery.to_dict()

        host = self.host

        password = self.password

        username = self.username

        authentication: str | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.value

        description = self.description

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        drop_duplicates = self.drop_duplicates

        enabled = self.enabled

        max_session_bytes = self.max_session_bytes

        max_session_messages = self.max_session_messages

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        preferred_header = self.preferred_header

        retention: dict[str, Any] | Unset
        if isinstance(self.retention, Unset):
            retention = UNSET
        elif isinstance(self.retention, Pop3RetentionType0):
            retention = self.retention.to_dict()
        elif isinstance(self.retention, Pop3RetentionType1):
            retention = self.retention.to_dict()
        else:
            retention = self.retention.to_dict()

        security: str | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.value

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        elif isinstance(self.tenant_id, UUID):
            tenant_id = str(self.tenant_id)
        else:
            tenant_id = self.tenant_id

        verify_certificate = self.verify_certificate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "delivery": delivery,
                "host": host,
                "password": password,
                "username": username,
            }
        )
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if description is not UNSET:
            field_dict["description"] = description
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if drop_duplicates is not UNSET:
            field_dict["dropDuplicates"] = drop_duplicates
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if max_session_bytes is not UNSET:
            field_dict["maxSessionBytes"] = max_session_bytes
        if max_session_messages is not UNSET:
            field_dict["maxSessionMessages"] = max_session_messages
        if port is not UNSET:
            field_dict["port"] = port
        if preferred_header is not UNSET:
            field_dict["preferredHeader"] = preferred_header
        if retention is not UNSET:
            field_dict["retention"] = retention
        if security is not UNSET:
            field_dict["security"] = security
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if verify_certificate is not UNSET:
            field_dict["verifyCertificate"] = verify_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0  # noqa: PLC0415
        from ..models.pop_3_delivery_type_1 import Pop3DeliveryType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_0 import Pop3RetentionType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_1 import Pop3RetentionType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_2 import Pop3RetentionType2  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_delivery(data: object) -> Pop3DeliveryType0 | Pop3DeliveryType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_delivery_type_0 = Pop3DeliveryType0.from_dict(data)

                return componentsschemas_pop_3_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pop_3_delivery_type_1 = Pop3DeliveryType1.from_dict(data)

            return componentsschemas_pop_3_delivery_type_1

        delivery = _parse_delivery(d.pop("delivery"))

        host = d.pop("host")

        password = d.pop("password")

        username = d.pop("username")

        _authentication = d.pop("authentication", UNSET)
        authentication: Pop3Authentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = Pop3Authentication(_authentication)

        description = d.pop("description", UNSET)

        def _parse_domain_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                domain_id_type_1 = UUID(data)

                return domain_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        domain_id = _parse_domain_id(d.pop("domainId", UNSET))

        drop_duplicates = d.pop("dropDuplicates", UNSET)

        enabled = d.pop("enabled", UNSET)

        max_session_bytes = d.pop("maxSessionBytes", UNSET)

        max_session_messages = d.pop("maxSessionMessages", UNSET)

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        preferred_header = d.pop("preferredHeader", UNSET)

        def _parse_retention(data: object) -> Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_retention_type_0 = Pop3RetentionType0.from_dict(data)

                return componentsschemas_pop_3_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_retention_type_1 = Pop3RetentionType1.from_dict(data)

                return componentsschemas_pop_3_retention_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_pop_3_retention_type_2 = Pop3RetentionType2.from_dict(data)

            return componentsschemas_pop_3_retention_type_2

        retention = _parse_retention(d.pop("retention", UNSET))

        _security = d.pop("security", UNSET)
        security: Pop3Security | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = Pop3Security(_security)

        def _parse_tenant_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tenant_id_type_1 = UUID(data)

                return tenant_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        verify_certificate = d.pop("verifyCertificate", UNSET)

        new_pop_3_account = cls(
            delivery=delivery,
            host=host,
            password=password,
            username=username,
            authentication=authentication,
            description=description,
            domain_id=domain_id,
            drop_duplicates=drop_duplicates,
            enabled=enabled,
            max_session_bytes=max_session_bytes,
            max_session_messages=max_session_messages,
            port=port,
            preferred_header=preferred_header,
            retention=retention,
            security=security,
            tenant_id=tenant_id,
            verify_certificate=verify_certificate,
        )

        return new_pop_3_account
