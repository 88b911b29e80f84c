from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SortingRule")


@_attrs_define
class SortingRule:
    """A sorting rule: messages with `sortAddress` in the searched headers go to `deliverTo`.

    Attributes:
        account_id (UUID): A remote POP3 mailbox the server collects mail from.
        created_at (datetime.datetime):
        deliver_to (str): A local account, group or alias, an external address, or `*@domain` (with a
            `*@domain` sort address: the same local part in that domain of this server).
        description (str):
        enabled (bool):
        id (UUID): One sorting rule of a POP3 account.
        sort_address (str): A complete address, `*@domain` (every address in the domain), or `*` (a message no
            other rule took; without such a rule it is discarded).
    """

    account_id: UUID
    created_at: datetime.datetime
    deliver_to: str
    description: str
    enabled: bool
    id: UUID
    sort_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = str(self.account_id)

        created_at = self.created_at.isoformat()

        deliver_to = self.deliver_to

        description = self.description

        enabled = self.enabled

        id = str(self.id)

        sort_address = self.sort_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "createdAt": created_at,
                "deliverTo": deliver_to,
                "description": description,
                "enabled": enabled,
                "id": id,
                "sortAddress": sort_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = UUID(d.pop("accountId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        deliver_to = d.pop("deliverTo")

        description = d.pop("description")

        enabled = d.pop("enabled")

        id = UUID(d.pop("id"))

        sort_address = d.pop("sortAddress")

        sorting_rule = cls(
            account_id=account_id,
            created_at=created_at,
            deliver_to=deliver_to,
            description=description,
            enabled=enabled,
            id=id,
            sort_address=sort_address,
        )

        sorting_rule.additional_properties = d
        return sorting_rule

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
