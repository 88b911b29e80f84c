import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.problem import Problem
from ...models.usage_level import UsageLevel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    tenant_id: UUID | Unset = UNSET,
    level: UsageLevel | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    json_account_id: str | Unset = UNSET
    if not isinstance(account_id, Unset):
        json_account_id = str(account_id)
    params["accountId"] = json_account_id

    json_domain_id: str | Unset = UNSET
    if not isinstance(domain_id, Unset):
        json_domain_id = str(domain_id)
    params["domainId"] = json_domain_id

    json_tenant_id: str | Unset = UNSET
    if not isinstance(tenant_id, Unset):
        json_tenant_id = str(tenant_id)
    params["tenantId"] = json_tenant_id

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.content)
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    tenant_id: UUID | Unset = UNSET,
    level: UsageLevel | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Problem | str]:
    """The same rows, all of them, as CSV (default) or NDJSON, streamed: a closed period's export
    is byte for byte the same however often it is fetched.

    Args:
        from_ (datetime.date):
        to (datetime.date | Unset):
        account_id (UUID | Unset):
        domain_id (UUID | Unset):
        tenant_id (UUID | Unset):
        level (UsageLevel | Unset): Which level rows describe.
        format_ (ExportFormat | Unset): How an export is written.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        account_id=account_id,
        domain_id=domain_id,
        tenant_id=tenant_id,
        level=level,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    tenant_id: UUID | Unset = UNSET,
    level: UsageLevel | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Problem | str | None:
    """The same rows, all of them, as CSV (default) or NDJSON, streamed: a closed period's export
    is byte for byte the same however often it is fetched.

    Args:
        from_ (datetime.date):
        to (datetime.date | Unset):
        account_id (UUID | Unset):
        domain_id (UUID | Unset):
        tenant_id (UUID | Unset):
        level (UsageLevel | Unset): Which level rows describe.
        format_ (ExportFormat | Unset): How an export is written.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        account_id=account_id,
        domain_id=domain_id,
        tenant_id=tenant_id,
        level=level,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    tenant_id: UUID | Unset = UNSET,
    level: UsageLevel | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Problem | str]:
    """The same rows, all of them, as CSV (default) or NDJSON, streamed: a closed period's export
    is byte for byte the same however often it is fetched.

    Args:
        from_ (datetime.date):
        to (datetime.date | Unset):
        account_id (UUID | Unset):
        domain_id (UUID | Unset):
        tenant_id (UUID | Unset):
        level (UsageLevel | Unset): Which level rows describe.
        format_ (ExportFormat | Unset): How an export is written.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        account_id=account_id,
        domain_id=domain_id,
        tenant_id=tenant_id,
        level=level,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_: datetime.date,
    to: datetime.date | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    tenant_id: UUID | Unset = UNSET,
    level: UsageLevel | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Problem | str | None:
    """The same rows, all of them, as CSV (default) or NDJSON, streamed: a closed period's export
    is byte for byte the same however often it is fetched.

    Args:
        from_ (datetime.date):
        to (datetime.date | Unset):
        account_id (UUID | Unset):
        domain_id (UUID | Unset):
        tenant_id (UUID | Unset):
        level (UsageLevel | Unset): Which level rows describe.
        format_ (ExportFormat | Unset): How an export is written.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            account_id=account_id,
            domain_id=domain_id,
            tenant_id=tenant_id,
            level=level,
            format_=format_,
        )
    ).parsed
