from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pop_3_authentication import Pop3Authentication
from ..models.pop_3_security import Pop3Security
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pop_3_account_status import Pop3AccountStatus
    from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0
    from ..models.pop_3_delivery_type_1 import Pop3DeliveryType1
    from ..models.pop_3_retention_type_0 import Pop3RetentionType0
    from ..models.pop_3_retention_type_1 import Pop3RetentionType1
    from ..models.pop_3_retention_type_2 import Pop3RetentionType2


T = TypeVar("T", bound="Pop3Account")


@_attrs_define
class Pop3Account:
    """A remote POP3 mailbox the server collects mail from.

    Attributes:
        authentication (Pop3Authentication): How the collector logs in.
        created_at (datetime.datetime):
        delivery (Pop3DeliveryType0 | Pop3DeliveryType1): Where collected messages go.
        description (str):
        drop_duplicates (bool): Each mailbox gets one copy of identical messages (a domain mailbox stores a message
            once per recipient).
        enabled (bool):
        host (str):
        id (UUID): A remote POP3 mailbox the server collects mail from.
        max_session_bytes (int): Most bytes downloaded in one session; 0 = no limit.
        max_session_messages (int): Most messages downloaded in one session; 0 = no limit.
        port (int):
        preferred_header (str): The header searched first for sorting addresses (empty: none).
        retention (Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2): What happens to a message on the
            remote server once it is stored here.
        security (Pop3Security): How the connection to the remote server is protected.
        status (Pop3AccountStatus): How the account's runs went.
        tenant_id (UUID): A tenant: the server root, a reseller or a customer.
        updated_at (datetime.datetime):
        username (str):
        verify_certificate (bool): With TLS, the server's certificate must be valid for `host` and issued by a trusted
            authority.
        domain_id (None | Unset | UUID):
    """

    authentication: Pop3Authentication
    created_at: datetime.datetime
    delivery: Pop3DeliveryType0 | Pop3DeliveryType1
    description: str
    drop_duplicates: bool
    enabled: bool
    host: str
    id: UUID
    max_session_bytes: int
    max_session_messages: int
    port: int
    preferred_header: str
    retention: Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2
    security: Pop3Security
    status: Pop3AccountStatus
    tenant_id: UUID
    updated_at: datetime.datetime
    username: str
    verify_certificate: bool
    domain_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_0 import Pop3RetentionType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_1 import Pop3RetentionType1  # noqa: PLC0415

        authentication = self.authentication.value

        created_at = self.created_at.isoformat()

        delivery: dict[str, Any]
        if isinstance(self.delivery, Pop3DeliveryType0):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery.to_dict()

        description = self.description

        drop_duplicates = self.drop_duplicates

        enabled = self.enabled

        host = self.host

        id = str(self.id)

        max_session_bytes = self.max_session_bytes

        max_session_messages = self.max_session_messages

        port = self.port

        preferred_header = self.preferred_header

        retention: dict[str, Any]
        if isinstance(self.retention, Pop3RetentionType0):
            retention = self.retention.to_dict()
        elif isinstance(self.retention, Pop3RetentionType1):
            retention = self.retention.to_dict()
        else:
            retention = self.retention.to_dict()

        security = self.security.value

        status = self.status.to_dict()

        tenant_id = str(self.tenant_id)

        updated_at = self.updated_at.isoformat()

        username = self.username

        verify_certificate = self.verify_certificate

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authentication": authentication,
                "createdAt": created_at,
                "delivery": delivery,
                "description": description,
                "dropDuplicates": drop_duplicates,
                "enabled": enabled,
                "host": host,
                "id": id,
                "maxSessionBytes": max_session_bytes,
                "maxSessionMessages": max_session_messages,
                "port": port,
                "preferredHeader": preferred_header,
                "retention": retention,
                "security": security,
                "status": status,
                "tenantId": tenant_id,
                "updatedAt": updated_at,
                "username": username,
                "verifyCertificate": verify_certificate,
            }
        )
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pop_3_account_status import Pop3AccountStatus  # noqa: PLC0415
        from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0  # noqa: PLC0415
        from ..models.pop_3_delivery_type_1 import Pop3DeliveryType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_0 import Pop3RetentionType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_1 import Pop3RetentionType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_2 import Pop3RetentionType2  # noqa: PLC0415

        d = dict(src_dict)
        authentication = Pop3Authentication(d.pop("authentication"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

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

        description = d.pop("description")

        drop_duplicates = d.pop("dropDuplicates")

        enabled = d.pop("enabled")

        host = d.pop("host")

        id = UUID(d.pop("id"))

        max_session_bytes = d.pop("maxSessionBytes")

        max_session_messages = d.pop("maxSessionMessages")

        port = d.pop("port")

        preferred_header = d.pop("preferredHeader")

        def _parse_retention(data: object) -> Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2:
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

        retention = _parse_retention(d.pop("retention"))

        security = Pop3Security(d.pop("security"))

        status = Pop3AccountStatus.from_dict(d.pop("status"))

        tenant_id = UUID(d.pop("tenantId"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        username = d.pop("username")

        verify_certificate = d.pop("verifyCertificate")

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

        pop_3_account = cls(
            authentication=authentication,
            created_at=created_at,
            delivery=delivery,
            description=description,
            drop_duplicates=drop_duplicates,
            enabled=enabled,
            host=host,
            id=id,
            max_session_bytes=max_session_bytes,
            max_session_messages=max_session_messages,
            port=port,
            preferred_header=preferred_header,
            retention=retention,
            security=security,
            status=status,
            tenant_id=tenant_id,
            updated_at=updated_at,
            username=username,
            verify_certificate=verify_certificate,
            domain_id=domain_id,
        )

        pop_3_account.additional_properties = d
        return pop_3_account

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
