from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.role_type_0 import RoleType0
    from ..models.role_type_1 import RoleType1
    from ..models.role_type_2 import RoleType2
    from ..models.role_type_3 import RoleType3
    from ..models.user_right import UserRight


T = TypeVar("T", bound="WhoAmIResult")


@_attrs_define
class WhoAmIResult:
    """
    Attributes:
        actor (str): `account:<address>` or `api-key:<prefix>`.
        effective_role (UserRight): Kerio's `UserRight`.
        read_only (bool):
        role (RoleType0 | RoleType1 | RoleType2 | RoleType3): The reach of a principal.
        id (None | Unset | UUID):
    """

    actor: str
    effective_role: UserRight
    read_only: bool
    role: RoleType0 | RoleType1 | RoleType2 | RoleType3
    id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_type_0 import RoleType0  # noqa: PLC0415
        from ..models.role_type_1 import RoleType1  # noqa: PLC0415
        from ..models.role_type_2 import RoleType2  # noqa: PLC0415

        actor = self.actor

        effective_role = self.effective_role.to_dict()

        read_only = self.read_only

        role: dict[str, Any]
        if isinstance(self.role, RoleType0):
            role = self.role.to_dict()
        elif isinstance(self.role, RoleType1):
            role = self.role.to_dict()
        elif isinstance(self.role, RoleType2):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "effectiveRole": effective_role,
                "readOnly": read_only,
                "role": role,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_type_0 import RoleType0  # noqa: PLC0415
        from ..models.role_type_1 import RoleType1  # noqa: PLC0415
        from ..models.role_type_2 import RoleType2  # noqa: PLC0415
        from ..models.role_type_3 import RoleType3  # noqa: PLC0415
        from ..models.user_right import UserRight  # noqa: PLC0415

        d = dict(src_dict)
        actor = d.pop("actor")

        effective_role = UserRight.from_dict(d.pop("effectiveRole"))

        read_only = d.pop("readOnly")

        def _parse_role(data: object) -> RoleType0 | RoleType1 | RoleType2 | RoleType3:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_role_type_0 = RoleType0.from_dict(data)

                return componentsschemas_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_role_type_1 = RoleType1.from_dict(data)

                return componentsschemas_role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_role_type_2 = RoleType2.from_dict(data)

                return componentsschemas_role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_role_type_3 = RoleType3.from_dict(data)

            return componentsschemas_role_type_3

        role = _parse_role(d.pop("role"))

        def _parse_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_1 = UUID(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        who_am_i_result = cls(
            actor=actor,
            effective_role=effective_role,
            read_only=read_only,
            role=role,
            id=id,
        )

        who_am_i_result.additional_properties = d
        return who_am_i_result

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
