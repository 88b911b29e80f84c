from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.role_type_0 import RoleType0
    from ..models.role_type_1 import RoleType1
    from ..models.role_type_2 import RoleType2
    from ..models.role_type_3 import RoleType3


T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """
    Attributes:
        access_token (str): Send as `Authorization: Bearer <accessToken>`.
        account_id (UUID): A user account (mailbox).
        expires_in (int): Seconds until the access token expires.
        read_only (bool):
        refresh_token (str): Exchange for a new session at `/auth/refresh`; single use.
        role (RoleType0 | RoleType1 | RoleType2 | RoleType3): The reach of a principal.
        self_service_only (bool): The session reaches only the account itself: its login lacked a second factor the
            account is required to have. Enrol one (`enrolTotp`, `confirmTotp`) and log in again.
        token_type (str):
    """

    access_token: str
    account_id: UUID
    expires_in: int
    read_only: bool
    refresh_token: str
    role: RoleType0 | RoleType1 | RoleType2 | RoleType3
    self_service_only: bool
    token_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.role_type_0 import RoleType0  # noqa: PLC0415
        from ..models.role_type_1 import RoleType1  # noqa: PLC0415
        from ..models.role_type_2 import RoleType2  # noqa: PLC0415

        access_token = self.access_token

        account_id = str(self.account_id)

        expires_in = self.expires_in

        read_only = self.read_only

        refresh_token = self.refresh_token

        role: dict[str, Any]
        if isinstance(self.role, RoleType0):
            role = self.role.to_dict()
        elif isinstance(self.role, RoleType1):
            role = self.role.to_dict()
        elif isinstance(self.role, RoleType2):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        self_service_only = self.self_service_only

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "accountId": account_id,
                "expiresIn": expires_in,
                "readOnly": read_only,
                "refreshToken": refresh_token,
                "role": role,
                "selfServiceOnly": self_service_only,
                "tokenType": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_type_0 import RoleType0  # noqa: PLC0415
        from ..models.role_type_1 import RoleType1  # noqa: PLC0415
        from ..models.role_type_2 import RoleType2  # noqa: PLC0415
        from ..models.role_type_3 import RoleType3  # noqa: PLC0415

        d = dict(src_dict)
        access_token = d.pop("accessToken")

        account_id = UUID(d.pop("accountId"))

        expires_in = d.pop("expiresIn")

        read_only = d.pop("readOnly")

        refresh_token = d.pop("refreshToken")

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

        self_service_only = d.pop("selfServiceOnly")

        token_type = d.pop("tokenType")

        session = cls(
            access_token=access_token,
            account_id=account_id,
            expires_in=expires_in,
            read_only=read_only,
            refresh_token=refresh_token,
            role=role,
            self_service_only=self_service_only,
            token_type=token_type,
        )

        session.additional_properties = d
        return session

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
