from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.domain_mail_auth_policy import DomainMailAuthPolicy


T = TypeVar("T", bound="MailAuthSetDomainPolicyParams")


@_attrs_define
class MailAuthSetDomainPolicyParams:
    """
    Attributes:
        domain_id (UUID): A mail domain.
        policy (DomainMailAuthPolicy): A domain's own answers to failed checks of mail sent to it, over the server's
            settings
            (what is left out follows them). They apply to a message whose recipients are all in this
            domain; a message for several domains that answer differently follows the server's.
    """

    domain_id: UUID
    policy: DomainMailAuthPolicy

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domainId": domain_id,
                "policy": policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.domain_mail_auth_policy import DomainMailAuthPolicy  # noqa: PLC0415

        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        policy = DomainMailAuthPolicy.from_dict(d.pop("policy"))

        mail_auth_set_domain_policy_params = cls(
            domain_id=domain_id,
            policy=policy,
        )

        return mail_auth_set_domain_policy_params
