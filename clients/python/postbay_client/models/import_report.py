from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_row import ImportRow


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """
    Attributes:
        created (int):
        dry_run (bool):
        failed (int):
        rows (list[ImportRow]):
        valid (int):
    """

    created: int
    dry_run: bool
    failed: int
    rows: list[ImportRow]
    valid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        dry_run = self.dry_run

        failed = self.failed

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created": created,
                "dryRun": dry_run,
                "failed": failed,
                "rows": rows,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_row import ImportRow  # noqa: PLC0415

        d = dict(src_dict)
        created = d.pop("created")

        dry_run = d.pop("dryRun")

        failed = d.pop("failed")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ImportRow.from_dict(rows_item_data)

            rows.append(rows_item)

        valid = d.pop("valid")

        import_report = cls(
            created=created,
            dry_run=dry_run,
            failed=failed,
            rows=rows,
            valid=valid,
        )

        import_report.additional_properties = d
        return import_report

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
