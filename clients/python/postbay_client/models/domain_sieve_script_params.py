from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.sieve_stage import SieveStage

T = TypeVar("T", bound="DomainSieveScriptParams")


@_attrs_define
class DomainSieveScriptParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        stage (SieveStage): When a domain script runs, relative to the user's.
    """

    domain_id: UUID
    stage: SieveStage

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        stage = self.stage.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "stage": stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        stage = SieveStage(d.pop("stage"))

        domain_sieve_script_params = cls(
            domain_id=domain_id,
            stage=stage,
        )

        return domain_sieve_script_params
