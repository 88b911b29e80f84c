from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_dkim_key import NewDkimKey


T = TypeVar("T", bound="DkimKeysCreateParams")


@_attrs_define
class DkimKeysCreateParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        key (NewDkimKey): A key to make, or to import.
    """

    domain_id: UUID
    key: NewDkimKey

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        key = self.key.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_dkim_key import NewDkimKey  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        key = NewDkimKey.from_dict(d.pop("key"))

        dkim_keys_create_params = cls(
            domain_id=domain_id,
            key=key,
        )

        return dkim_keys_create_params
