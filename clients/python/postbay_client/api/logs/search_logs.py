import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.family import Family
from ...models.log_page import LogPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    family: Family | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_family: str | Unset = UNSET
    if not isinstance(family, Unset):
        json_family = family.value

    params["family"] = json_family

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    json_domain_id: str | Unset = UNSET
    if not isinstance(domain_id, Unset):
        json_domain_id = str(domain_id)
    params["domainId"] = json_domain_id

    params["account"] = account

    params["q"] = q

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogPage | Problem | None:
    if response.status_code == 200:
        response_200 = LogPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LogPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    family: Family | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[LogPage | Problem]:
    """Log lines, newest first: by family, time, domain, account, or `q` (a Message-ID or an
    address the line names: "what happened to message <id>"). Administrators only; tenant and
    domain administrators see the lines naming their domains.

    Args:
        family (Family | Unset): A log's family: what kind of line it holds, and how long it is
            kept.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        domain_id (UUID | Unset): A mail domain.
        account (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogPage | Problem]
    """

    kwargs = _get_kwargs(
        family=family,
        since=since,
        until=until,
        domain_id=domain_id,
        account=account,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    family: Family | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> LogPage | Problem | None:
    """Log lines, newest first: by family, time, domain, account, or `q` (a Message-ID or an
    address the line names: "what happened to message <id>"). Administrators only; tenant and
    domain administrators see the lines naming their domains.

    Args:
        family (Family | Unset): A log's family: what kind of line it holds, and how long it is
            kept.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        domain_id (UUID | Unset): A mail domain.
        account (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogPage | Problem
    """

    return sync_detailed(
        client=client,
        family=family,
        since=since,
        until=until,
        domain_id=domain_id,
        account=account,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    family: Family | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[LogPage | Problem]:
    """Log lines, newest first: by family, time, domain, account, or `q` (a Message-ID or an
    address the line names: "what happened to message <id>"). Administrators only; tenant and
    domain administrators see the lines naming their domains.

    Args:
        family (Family | Unset): A log's family: what kind of line it holds, and how long it is
            kept.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        domain_id (UUID | Unset): A mail domain.
        account (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LogPage | Problem]
    """

    kwargs = _get_kwargs(
        family=family,
        since=since,
        until=until,
        domain_id=domain_id,
        account=account,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    family: Family | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> LogPage | Problem | None:
    """Log lines, newest first: by family, time, domain, account, or `q` (a Message-ID or an
    address the line names: "what happened to message <id>"). Administrators only; tenant and
    domain administrators see the lines naming their domains.

    Args:
        family (Family | Unset): A log's family: what kind of line it holds, and how long it is
            kept.
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        domain_id (UUID | Unset): A mail domain.
        account (str | Unset):
        q (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LogPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            family=family,
            since=since,
            until=until,
            domain_id=domain_id,
            account=account,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
