from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """
    Attributes:
        allowed_ips (list[str]): Addresses or CIDR blocks the key may be used from; empty = anywhere.
        created_at (datetime.datetime):
        created_by (str):
        id (UUID): An API key.
        name (str):
        prefix (str): The public start of the key, to recognise it in logs and lists.
        read_only (bool):
        scope (ApiKeyScope):
        created_by_account_id (None | Unset | UUID):
        domain_id (None | Unset | UUID):
        last_used_at (datetime.datetime | None | Unset):
        tenant_id (None | Unset | UUID):
    """

    allowed_ips: list[str]
    created_at: datetime.datetime
    created_by: str
    id: UUID
    name: str
    prefix: str
    read_only: bool
    scope: ApiKeyScope
    created_by_account_id: None | Unset | UUID = UNSET
    domain_id: None | Unset | UUID = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    tenant_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_ips = self.allowed_ips

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        id = str(self.id)

        name = self.name

        prefix = self.prefix

        read_only = self.read_only

        scope = self.scope.value

        created_by_account_id: None | str | Unset
        if isinstance(self.created_by_account_id, Unset):
            created_by_account_id = UNSET
        elif isinstance(self.created_by_account_id, UUID):
            created_by_account_id = str(self.created_by_account_id)
        else:
            created_by_account_id = self.created_by_account_id

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        elif isinstance(self.tenant_id, UUID):
            tenant_id = str(self.tenant_id)
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowedIps": allowed_ips,
                "createdAt": created_at,
                "createdBy": created_by,
                "id": id,
                "name": name,
                "prefix": prefix,
                "readOnly": read_only,
                "scope": scope,
            }
        )
        if created_by_account_id is not UNSET:
            field_dict["createdByAccountId"] = created_by_account_id
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if last_used_at is not UNSET:
            field_dict["lastUsedAt"] = last_used_at
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        allowed_ips = cast(list[str], d.pop("allowedIps"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        created_by = d.pop("createdBy")

        id = UUID(d.pop("id"))

        name = d.pop("name")

        prefix = d.pop("prefix")

        read_only = d.pop("readOnly")

        scope = ApiKeyScope(d.pop("scope"))

        def _parse_created_by_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_by_account_id_type_1 = UUID(data)

                return created_by_account_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        created_by_account_id = _parse_created_by_account_id(d.pop("createdByAccountId", UNSET))

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

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("lastUsedAt", UNSET))

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

        api_key = cls(
            allowed_ips=allowed_ips,
            created_at=created_at,
            created_by=created_by,
            id=id,
            name=name,
            prefix=prefix,
            read_only=read_only,
            scope=scope,
            created_by_account_id=created_by_account_id,
            domain_id=domain_id,
            last_used_at=last_used_at,
            tenant_id=tenant_id,
        )

        api_key.additional_properties = d
        return api_key

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
