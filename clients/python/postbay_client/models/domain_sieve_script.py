from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sieve_stage import SieveStage

T = TypeVar("T", bound="DomainSieveScript")


@_attrs_define
class DomainSieveScript:
    """A domain's script for one stage.

    Attributes:
        content (str): The script's text (RFC 5228).
        size (int): Bytes of text.
        stage (SieveStage): When a domain script runs, relative to the user's.
        updated_at (datetime.datetime):
    """

    content: str
    size: int
    stage: SieveStage
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        size = self.size

        stage = self.stage.value

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "size": size,
                "stage": stage,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        size = d.pop("size")

        stage = SieveStage(d.pop("stage"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        domain_sieve_script = cls(
            content=content,
            size=size,
            stage=stage,
            updated_at=updated_at,
        )

        domain_sieve_script.additional_properties = d
        return domain_sieve_script

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
