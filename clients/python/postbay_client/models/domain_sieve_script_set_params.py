from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.sieve_stage import SieveStage

if TYPE_CHECKING:
    from ..models.domain_sieve_script_body import DomainSieveScriptBody


T = TypeVar("T", bound="DomainSieveScriptSetParams")


@_attrs_define
class DomainSieveScriptSetParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        script (DomainSieveScriptBody): A domain script's text.
        stage (SieveStage): When a domain script runs, relative to the user's.
    """

    domain_id: UUID
    script: DomainSieveScriptBody
    stage: SieveStage

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        script = self.script.to_dict()

        stage = self.stage.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "script": script,
                "stage": stage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_sieve_script_body import DomainSieveScriptBody  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        script = DomainSieveScriptBody.from_dict(d.pop("script"))

        stage = SieveStage(d.pop("stage"))

        domain_sieve_script_set_params = cls(
            domain_id=domain_id,
            script=script,
            stage=stage,
        )

        return domain_sieve_script_set_params
