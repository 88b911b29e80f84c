from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hold_reason import HoldReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuarantinedMessage")


@_attrs_define
class QuarantinedMessage:
    """A held message as the API lists it (without its content).

    Attributes:
        domain_id (UUID): A mail domain.
        expires_at (datetime.datetime): When it is deleted unless released first.
        held_at (datetime.datetime):
        id (UUID): A message the filter holds in quarantine (one per recipient domain).
        reason (HoldReason): Why a message is held.
        recipients (list[str]): This domain's envelope recipients: a release delivers to them.
        score (float):
        size (int): Bytes.
        subject (str):
        tests (list[str]): The rules that hit.
        client_ip (None | str | Unset): The client that handed it over; absent for users' submissions.
        sender (None | str | Unset): The envelope sender; absent for the null sender.
        virus (None | str | Unset): The virus found, for a message held for one.
    """

    domain_id: UUID
    expires_at: datetime.datetime
    held_at: datetime.datetime
    id: UUID
    reason: HoldReason
    recipients: list[str]
    score: float
    size: int
    subject: str
    tests: list[str]
    client_ip: None | str | Unset = UNSET
    sender: None | str | Unset = UNSET
    virus: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_id = str(self.domain_id)

        expires_at = self.expires_at.isoformat()

        held_at = self.held_at.isoformat()

        id = str(self.id)

        reason = self.reason.value

        recipients = self.recipients

        score = self.score

        size = self.size

        subject = self.subject

        tests = self.tests

        client_ip: None | str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        virus: None | str | Unset
        if isinstance(self.virus, Unset):
            virus = UNSET
        else:
            virus = self.virus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domainId": domain_id,
                "expiresAt": expires_at,
                "heldAt": held_at,
                "id": id,
                "reason": reason,
                "recipients": recipients,
                "score": score,
                "size": size,
                "subject": subject,
                "tests": tests,
            }
        )
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if sender is not UNSET:
            field_dict["sender"] = sender
        if virus is not UNSET:
            field_dict["virus"] = virus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_id = UUID(d.pop("domainId"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        held_at = datetime.datetime.fromisoformat(d.pop("heldAt"))

        id = UUID(d.pop("id"))

        reason = HoldReason(d.pop("reason"))

        recipients = cast(list[str], d.pop("recipients"))

        score = d.pop("score")

        size = d.pop("size")

        subject = d.pop("subject")

        tests = cast(list[str], d.pop("tests"))

        def _parse_client_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip = _parse_client_ip(d.pop("clientIp", UNSET))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_virus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virus = _parse_virus(d.pop("virus", UNSET))

        quarantined_message = cls(
            domain_id=domain_id,
            expires_at=expires_at,
            held_at=held_at,
            id=id,
            reason=reason,
            recipients=recipients,
            score=score,
            size=size,
            subject=subject,
            tests=tests,
            client_ip=client_ip,
            sender=sender,
            virus=virus,
        )

        quarantined_message.additional_properties = d
        return quarantined_message

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
