from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scan_failure import ScanFailure
from ..models.unscannable_action import UnscannableAction
from ..models.virus_action import VirusAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.virus_engine_type_0 import VirusEngineType0
    from ..models.virus_engine_type_1 import VirusEngineType1


T = TypeVar("T", bound="AntivirusSettings")


@_attrs_define
class AntivirusSettings:
    """Antivirus, server-wide.

    Attributes:
        action (VirusAction | Unset): What happens to a message carrying a virus. Default: VirusAction.REJECT.
        engine (None | Unset | VirusEngineType0 | VirusEngineType1):
        max_scan_bytes (int | Unset): Larger messages are not scanned (clamd's own `StreamMaxLength` is 25 MB by
            default):
            1 KiB to 256 MiB. Default: 26214400.
        on_failure (ScanFailure | Unset): What happens when clamd cannot scan (down, too slow, an error). Default:
            ScanFailure.DEFER.
        on_unscannable (UnscannableAction | Unset): What happens to a message clamd could not look into: an encrypted
            archive, or one past its
            limits (clamd says so when its `AlertEncrypted` / `AlertExceedsMax` options are on). Default:
            UnscannableAction.ACCEPT.
        time_budget_seconds (int | Unset): The longest a message waits for clamd, in seconds: 1 to 120. Default: 30.
    """

    action: VirusAction | Unset = VirusAction.REJECT
    engine: None | Unset | VirusEngineType0 | VirusEngineType1 = UNSET
    max_scan_bytes: int | Unset = 26214400
    on_failure: ScanFailure | Unset = ScanFailure.DEFER
    on_unscannable: UnscannableAction | Unset = UnscannableAction.ACCEPT
    time_budget_seconds: int | Unset = 30

    def to_dict(self) -> dict[str, Any]:
        from ..models.virus_engine_type_0 import VirusEngineType0  # noqa: PLC0415
        from ..models.virus_engine_type_1 import VirusEngineType1  # noqa: PLC0415

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        engine: dict[str, Any] | None | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, VirusEngineType0):
            engine = self.engine.to_dict()
        elif isinstance(self.engine, VirusEngineType1):
            engine = self.engine.to_dict()
        else:
            engine = self.engine

        max_scan_bytes = self.max_scan_bytes

        on_failure: str | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = self.on_failure.value

        on_unscannable: str | Unset = UNSET
        if not isinstance(self.on_unscannable, Unset):
            on_unscannable = self.on_unscannable.value

        time_budget_seconds = self.time_budget_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if engine is not UNSET:
            field_dict["engine"] = engine
        if max_scan_bytes is not UNSET:
            field_dict["maxScanBytes"] = max_scan_bytes
        if on_failure is not UNSET:
            field_dict["onFailure"] = on_failure
        if on_unscannable is not UNSET:
            field_dict["onUnscannable"] = on_unscannable
        if time_budget_seconds is not UNSET:
            field_dict["timeBudgetSeconds"] = time_budget_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.virus_engine_type_0 import VirusEngineType0  # noqa: PLC0415
        from ..models.virus_engine_type_1 import VirusEngineType1  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: VirusAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = VirusAction(_action)

        def _parse_engine(data: object) -> None | Unset | VirusEngineType0 | VirusEngineType1:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_virus_engine_type_0 = VirusEngineType0.from_dict(data)

                return componentsschemas_virus_engine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_virus_engine_type_1 = VirusEngineType1.from_dict(data)

                return componentsschemas_virus_engine_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VirusEngineType0 | VirusEngineType1, data)

        engine = _parse_engine(d.pop("engine", UNSET))

        max_scan_bytes = d.pop("maxScanBytes", UNSET)

        _on_failure = d.pop("onFailure", UNSET)
        on_failure: ScanFailure | Unset
        if isinstance(_on_failure, Unset):
            on_failure = UNSET
        else:
            on_failure = ScanFailure(_on_failure)

        _on_unscannable = d.pop("onUnscannable", UNSET)
        on_unscannable: UnscannableAction | Unset
        if isinstance(_on_unscannable, Unset):
            on_unscannable = UNSET
        else:
            on_unscannable = UnscannableAction(_on_unscannable)

        time_budget_seconds = d.pop("timeBudgetSeconds", UNSET)

        antivirus_settings = cls(
            action=action,
            engine=engine,
            max_scan_bytes=max_scan_bytes,
            on_failure=on_failure,
            on_unscannable=on_unscannable,
            time_budget_seconds=time_budget_seconds,
        )

        return antivirus_settings
