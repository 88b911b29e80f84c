from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewApiKey")


@_attrs_define
class NewApiKey:
    """
    Attributes:
        name (str):
        scope (ApiKeyScope):
        allowed_ips (list[str] | Unset):
        domain_id (None | Unset | UUID):
        read_only (bool | Unset):
        tenant_id (None | Unset | UUID):
    """

    name: str
    scope: ApiKeyScope
    allowed_ips: list[str] | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    read_only: bool | Unset = UNSET
    tenant_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scope = self.scope.value

        allowed_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_ips, Unset):
            allowed_ips = self.allowed_ips

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        read_only = self.read_only

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        elif isinstance(self.tenant_id, UUID):
            tenant_id = str(self.tenant_id)
        else:
            tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "scope": scope,
            }
        )
        if allowed_ips is not UNSET:
            field_dict["allowedIps"] = allowed_ips
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scope = ApiKeyScope(d.pop("scope"))

        allowed_ips = cast(list[str], d.pop("allowedIps", UNSET))

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

        read_only = d.pop("readOnly", UNSET)

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

        new_api_key = cls(
            name=name,
            scope=scope,
            allowed_ips=allowed_ips,
            domain_id=domain_id,
            read_only=read_only,
            tenant_id=tenant_id,
        )

        return new_api_key
