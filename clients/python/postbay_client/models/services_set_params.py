from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.service_name import ServiceName

if TYPE_CHECKING:
    from ..models.service_patch import ServicePatch


T = TypeVar("T", bound="ServicesSetParams")


@_attrs_define
class ServicesSetParams:
    """
    Attributes:
        pattern (ServicePatch): A change to a service; absent members keep their values.
        service_ids (list[ServiceName]):
    """

    pattern: ServicePatch
    service_ids: list[ServiceName]

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        service_ids = []
        for service_ids_item_data in self.service_ids:
            service_ids_item = service_ids_item_data.value
            service_ids.append(service_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "pattern": pattern,
                "serviceIds": service_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_patch import ServicePatch  # noqa: PLC0415

        d = dict(src_dict)
        pattern = ServicePatch.from_dict(d.pop("pattern"))

        service_ids = []
        _service_ids = d.pop("serviceIds")
        for service_ids_item_data in _service_ids:
            service_ids_item = ServiceName(service_ids_item_data)

            service_ids.append(service_ids_item)

        services_set_params = cls(
            pattern=pattern,
            service_ids=service_ids,
        )

        return services_set_params
