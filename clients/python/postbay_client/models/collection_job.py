from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_state import JobState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_run_result import AccountRunResult


T = TypeVar("T", bound="CollectionJob")


@_attrs_define
class CollectionJob:
    """A run of the collector: one account, or every enabled account in the requester's reach.

    Attributes:
        all_accounts (bool):
        bytes_ (int):
        created_at (datetime.datetime):
        failed (int): Accounts whose run failed.
        id (UUID): A run of the POP3 collector asked for through the API or by the scheduler.
        messages (int): Sums over `results`.
        requested_by (str):
        results (list[AccountRunResult]): One entry per account, as each finished.
        scheduled (bool): Started by the scheduler (such runs skip accounts that are backing off).
        state (JobState): Where a job is.
        account_id (None | Unset | UUID):
        finished_at (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    all_accounts: bool
    bytes_: int
    created_at: datetime.datetime
    failed: int
    id: UUID
    messages: int
    requested_by: str
    results: list[AccountRunResult]
    scheduled: bool
    state: JobState
    account_id: None | Unset | UUID = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_accounts = self.all_accounts

        bytes_ = self.bytes_

        created_at = self.created_at.isoformat()

        failed = self.failed

        id = str(self.id)

        messages = self.messages

        requested_by = self.requested_by

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        scheduled = self.scheduled

        state = self.state.value

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        elif isinstance(self.account_id, UUID):
            account_id = str(self.account_id)
        else:
            account_id = self.account_id

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allAccounts": all_accounts,
                "bytes": bytes_,
                "createdAt": created_at,
                "failed": failed,
                "id": id,
                "messages": messages,
                "requestedBy": requested_by,
                "results": results,
                "scheduled": scheduled,
                "state": state,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_run_result import AccountRunResult  # noqa: PLC0415

        d = dict(src_dict)
        all_accounts = d.pop("allAccounts")

        bytes_ = d.pop("bytes")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        failed = d.pop("failed")

        id = UUID(d.pop("id"))

        messages = d.pop("messages")

        requested_by = d.pop("requestedBy")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = AccountRunResult.from_dict(results_item_data)

            results.append(results_item)

        scheduled = d.pop("scheduled")

        state = JobState(d.pop("state"))

        def _parse_account_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_id_type_1 = UUID(data)

                return account_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        account_id = _parse_account_id(d.pop("accountId", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        collection_job = cls(
            all_accounts=all_accounts,
            bytes_=bytes_,
            created_at=created_at,
            failed=failed,
            id=id,
            messages=messages,
            requested_by=requested_by,
            results=results,
            scheduled=scheduled,
            state=state,
            account_id=account_id,
            finished_at=finished_at,
            started_at=started_at,
        )

        collection_job.additional_properties = d
        return collection_job

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
