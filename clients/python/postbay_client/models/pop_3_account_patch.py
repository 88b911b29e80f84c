from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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


T = TypeVar("T", bound="Pop3AccountPatch")


@_attrs_define
class Pop3AccountPatch:
    """Changes to an account; absent fields keep their value. No `Debug`: it may hold the
    password.

        Attributes:
            authentication (None | Pop3Authentication | Unset):
            delivery (None | Pop3DeliveryType0 | Pop3DeliveryType1 | Unset):
            description (None | str | Unset):
            drop_duplicates (bool | None | Unset):
            enabled (bool | None | Unset):
            host (None | str | Unset):
            max_session_bytes (int | None | Unset):
            max_session_messages (int | None | Unset):
            password (None | str | Unset): Write-only: a new password.
            port (int | None | Unset):
            preferred_header (None | str | Unset):
            retention (None | Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset):
            security (None | Pop3Security | Unset):
            username (None | str | Unset):
            verify_certificate (bool | None | Unset):
    """

    authentication: None | Pop3Authentication | Unset = UNSET
    delivery: None | Pop3DeliveryType0 | Pop3DeliveryType1 | Unset = UNSET
    description: None | str | Unset = UNSET
    drop_duplicates: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    host: None | str | Unset = UNSET
    max_session_bytes: int | None | Unset = UNSET
    max_session_messages: int | None | Unset = UNSET
    password: None | str | Unset = UNSET
    port: int | None | Unset = UNSET
    preferred_header: None | str | Unset = UNSET
    retention: None | Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset = UNSET
    security: None | Pop3Security | Unset = UNSET
    username: None | str | Unset = UNSET
    verify_certificate: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.pop_3_delivery_type_0 import Pop3DeliveryType0  # noqa: PLC0415
        from ..models.pop_3_delivery_type_1 import Pop3DeliveryType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_0 import Pop3RetentionType0  # noqa: PLC0415
        from ..models.pop_3_retention_type_1 import Pop3RetentionType1  # noqa: PLC0415
        from ..models.pop_3_retention_type_2 import Pop3RetentionType2  # noqa: PLC0415

        authentication: None | str | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        elif isinstance(self.authentication, Pop3Authentication):
            authentication = self.authentication.value
        else:
            authentication = self.authentication

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, Pop3DeliveryType0):
            delivery = self.delivery.to_dict()
        elif isinstance(self.delivery, Pop3DeliveryType1):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        drop_duplicates: bool | None | Unset
        if isinstance(self.drop_duplicates, Unset):
            drop_duplicates = UNSET
        else:
            drop_duplicates = self.drop_duplicates

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        max_session_bytes: int | None | Unset
        if isinstance(self.max_session_bytes, Unset):
            max_session_bytes = UNSET
        else:
            max_session_bytes = self.max_session_bytes

        max_session_messages: int | None | Unset
        if isinstance(self.max_session_messages, Unset):
            max_session_messages = UNSET
        else:
            max_session_messages = self.max_session_messages

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        preferred_header: None | str | Unset
        if isinstance(self.preferred_header, Unset):
            preferred_header = UNSET
        else:
            preferred_header = self.preferred_header

        retention: dict[str, Any] | None | Unset
        if isinstance(self.retention, Unset):
            retention = UNSET
        elif isinstance(self.retention, Pop3RetentionType0):
            retention = self.retention.to_dict()
        elif isinstance(self.retention, Pop3RetentionType1):
            retention = self.retention.to_dict()
        elif isinstance(self.retention, Pop3RetentionType2):
            retention = self.retention.to_dict()
        else:
            retention = self.retention

        security: None | str | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, Pop3Security):
            security = self.security.value
        else:
            security = self.security

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        verify_certificate: bool | None | Unset
        if isinstance(self.verify_certificate, Unset):
            verify_certificate = UNSET
        else:
            verify_certificate = self.verify_certificate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if description is not UNSET:
            field_dict["description"] = description
        if drop_duplicates is not UNSET:
            field_dict["dropDuplicates"] = drop_duplicates
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if host is not UNSET:
            field_dict["host"] = host
        if max_session_bytes is not UNSET:
            field_dict["maxSessionBytes"] = max_session_bytes
        if max_session_messages is not UNSET:
            field_dict["maxSessionMessages"] = max_session_messages
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if preferred_header is not UNSET:
            field_dict["preferredHeader"] = preferred_header
        if retention is not UNSET:
            field_dict["retention"] = retention
        if security is not UNSET:
            field_dict["security"] = security
        if username is not UNSET:
            field_dict["username"] = username
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

        def _parse_authentication(data: object) -> None | Pop3Authentication | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                authentication_type_1 = Pop3Authentication(data)

                return authentication_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pop3Authentication | Unset, data)

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        def _parse_delivery(data: object) -> None | Pop3DeliveryType0 | Pop3DeliveryType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_delivery_type_0 = Pop3DeliveryType0.from_dict(data)

                return componentsschemas_pop_3_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_delivery_type_1 = Pop3DeliveryType1.from_dict(data)

                return componentsschemas_pop_3_delivery_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pop3DeliveryType0 | Pop3DeliveryType1 | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_drop_duplicates(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        drop_duplicates = _parse_drop_duplicates(d.pop("dropDuplicates", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_max_session_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_session_bytes = _parse_max_session_bytes(d.pop("maxSessionBytes", UNSET))

        def _parse_max_session_messages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_session_messages = _parse_max_session_messages(d.pop("maxSessionMessages", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_preferred_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_header = _parse_preferred_header(d.pop("preferredHeader", UNSET))

        def _parse_retention(
            data: object,
        ) -> None | Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset:
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_pop_3_retention_type_2 = Pop3RetentionType2.from_dict(data)

                return componentsschemas_pop_3_retention_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pop3RetentionType0 | Pop3RetentionType1 | Pop3RetentionType2 | Unset, data)

        retention = _parse_retention(d.pop("retention", UNSET))

        def _parse_security(data: object) -> None | Pop3Security | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                security_type_1 = Pop3Security(data)

                return security_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pop3Security | Unset, data)

        security = _parse_security(d.pop("security", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_verify_certificate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verify_certificate = _parse_verify_certificate(d.pop("verifyCertificate", UNSET))

        pop_3_account_patch = cls(
            authentication=authentication,
            delivery=delivery,
            description=description,
            drop_duplicates=drop_duplicates,
            enabled=enabled,
            host=host,
            max_session_bytes=max_session_bytes,
            max_session_messages=max_session_messages,
            password=password,
            port=port,
            preferred_header=preferred_header,
            retention=retention,
            security=security,
            username=username,
            verify_certificate=verify_certificate,
        )

        return pop_3_account_patch
