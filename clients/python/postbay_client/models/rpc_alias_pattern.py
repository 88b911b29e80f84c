from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.deliver_to_type import DeliverToType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RpcAliasPattern")


@_attrs_define
class RpcAliasPattern:
    """
    Attributes:
        deliver_to (None | str | Unset):
        deliver_to_select (DeliverToType | None | Unset):
        description (None | str | Unset):
        domain_id (None | Unset | UUID):
        name (None | str | Unset):
    """

    deliver_to: None | str | Unset = UNSET
    deliver_to_select: DeliverToType | None | Unset = UNSET
    description: None | str | Unset = UNSET
    domain_id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        deliver_to: None | str | Unset
        if isinstance(self.deliver_to, Unset):
            deliver_to = UNSET
        else:
            deliver_to = self.deliver_to

        deliver_to_select: None | str | Unset
        if isinstance(self.deliver_to_select, Unset):
            deliver_to_select = UNSET
        elif isinstance(self.deliver_to_select, DeliverToType):
            deliver_to_select = self.deliver_to_select.value
        else:
            deliver_to_select = self.deliver_to_select

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        domain_id: None | str | Unset
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        elif isinstance(self.domain_id, UUID):
            domain_id = str(self.domain_id)
        else:
            domain_id = self.domain_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if deliver_to is not UNSET:
            field_dict["deliverTo"] = deliver_to
        if deliver_to_select is not UNSET:
            field_dict["deliverToSelect"] = deliver_to_select
        if description is not UNSET:
            field_dict["description"] = description
        if domain_id is not UNSET:
            field_dict["domainId"] = domain_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deliver_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deliver_to = _parse_deliver_to(d.pop("deliverTo", UNSET))

        def _parse_deliver_to_select(data: object) -> DeliverToType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deliver_to_select_type_1 = DeliverToType(data)

                return deliver_to_select_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliverToType | None | Unset, data)

        deliver_to_select = _parse_deliver_to_select(d.pop("deliverToSelect", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        rpc_alias_pattern = cls(
            deliver_to=deliver_to,
            deliver_to_select=deliver_to_select,
            description=description,
            domain_id=domain_id,
            name=name,
        )

        return rpc_alias_pattern
