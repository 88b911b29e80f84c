from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.dkim_algorithm import DkimAlgorithm
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewDkimKey")


@_attrs_define
class NewDkimKey:
    """A key to make, or to import.

    Attributes:
        algorithm (DkimAlgorithm): A DKIM key's algorithm.
        private_key (None | str | Unset): An existing key to import instead of making one: PEM, `RSA PRIVATE KEY`
            (PKCS#1) or
            `PRIVATE KEY` (PKCS#8, RSA of 2048 to 4096 bits or Ed25519). Write-only.
        selector (None | str | Unset): 1 to 63 of `a-z`, `0-9` and inner `-`; by default the algorithm and the date
            (`ed20261204`, `rsa20261204`).
    """

    algorithm: DkimAlgorithm
    private_key: None | str | Unset = UNSET
    selector: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm.value

        private_key: None | str | Unset
        if isinstance(self.private_key, Unset):
            private_key = UNSET
        else:
            private_key = self.private_key

        selector: None | str | Unset
        if isinstance(self.selector, Unset):
            selector = UNSET
        else:
            selector = self.selector

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "algorithm": algorithm,
            }
        )
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if selector is not UNSET:
            field_dict["selector"] = selector

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = DkimAlgorithm(d.pop("algorithm"))

        def _parse_private_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        private_key = _parse_private_key(d.pop("privateKey", UNSET))

        def _parse_selector(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selector = _parse_selector(d.pop("selector", UNSET))

        new_dkim_key = cls(
            algorithm=algorithm,
            private_key=private_key,
            selector=selector,
        )

        return new_dkim_key
