from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ForwardingBody")


@_attrs_define
class ForwardingBody:
    """Where an account's mail is forwarded.

    Attributes:
        keep_copy (bool): Also keep the message in the account's own mailbox.
        targets (list[str]): Addresses to forward to (none: no forwarding); at most 50.
    """

    keep_copy: bool
    targets: list[str]

    def to_dict(self) -> dict[str, Any]:
        keep_copy = self.keep_copy

        targets = self.targets

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keepCopy": keep_copy,
                "targets": targets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_copy = d.pop("keepCopy")

        targets = cast(list[str], d.pop("targets"))

        forwarding_body = cls(
            keep_copy=keep_copy,
            targets=targets,
        )

        return forwarding_body
