from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.debug_component import DebugComponent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_retention import LogRetention


T = TypeVar("T", bound="LogSettings")


@_attrs_define
class LogSettings:
    """Retention per family and the debug switches. (Defaults per field rather than for the
    whole: a default object on a field makes SDK generators drop the type.)

        Attributes:
            debug (list[DebugComponent] | Unset): Components whose debug events go to the debug log.
            retention (LogRetention | Unset): Days each family is kept (1 to 3650).
    """

    debug: list[DebugComponent] | Unset = UNSET
    retention: LogRetention | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        debug: list[str] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = []
            for debug_item_data in self.debug:
                debug_item = debug_item_data.value
                debug.append(debug_item)

        retention: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retention, Unset):
            retention = self.retention.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if debug is not UNSET:
            field_dict["debug"] = debug
        if retention is not UNSET:
            field_dict["retention"] = retention

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_retention import LogRetention  # noqa: PLC0415

        d = dict(src_dict)
        _debug = d.pop("debug", UNSET)
        debug: list[DebugComponent] | Unset = UNSET
        if _debug is not UNSET:
            debug = []
            for debug_item_data in _debug:
                debug_item = DebugComponent(debug_item_data)

                debug.append(debug_item)

        _retention = d.pop("retention", UNSET)
        retention: LogRetention | Unset
        if isinstance(_retention, Unset):
            retention = UNSET
        else:
            retention = LogRetention.from_dict(_retention)

        log_settings = cls(
            debug=debug,
            retention=retention,
        )

        return log_settings
