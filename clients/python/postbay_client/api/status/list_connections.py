from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_page import ConnectionPage
from ...models.problem import Problem
from ...models.service_name import ServiceName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service: ServiceName | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service: str | Unset = UNSET
    if not isinstance(service, Unset):
        json_service = service.value

    params["service"] = json_service

    json_domain_id: str | Unset = UNSET
    if not isinstance(domain_id, Unset):
        json_domain_id = str(domain_id)
    params["domainId"] = json_domain_id

    json_account_id: str | Unset = UNSET
    if not isinstance(account_id, Unset):
        json_account_id = str(account_id)
    params["accountId"] = json_account_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionPage | Problem | None:
    if response.status_code == 200:
        response_200 = ConnectionPage.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: ServiceName | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ConnectionPage | Problem]:
    """Clients connected to any node now (Kerio's *Active connections*), oldest first: service,
    client address, since when, TLS, the account logged in, the last command's name and the
    folder selected. This node's are current; another node's are at most about 5 seconds old.
    Server administrators see every connection; tenant and domain administrators those
    logged in to their accounts.

    Args:
        service (ServiceName | Unset): A service the server offers.
        domain_id (UUID | Unset):
        account_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPage | Problem]
    """

    kwargs = _get_kwargs(
        service=service,
        domain_id=domain_id,
        account_id=account_id,
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
    service: ServiceName | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ConnectionPage | Problem | None:
    """Clients connected to any node now (Kerio's *Active connections*), oldest first: service,
    client address, since when, TLS, the account logged in, the last command's name and the
    folder selected. This node's are current; another node's are at most about 5 seconds old.
    Server administrators see every connection; tenant and domain administrators those
    logged in to their accounts.

    Args:
        service (ServiceName | Unset): A service the server offers.
        domain_id (UUID | Unset):
        account_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPage | Problem
    """

    return sync_detailed(
        client=client,
        service=service,
        domain_id=domain_id,
        account_id=account_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service: ServiceName | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ConnectionPage | Problem]:
    """Clients connected to any node now (Kerio's *Active connections*), oldest first: service,
    client address, since when, TLS, the account logged in, the last command's name and the
    folder selected. This node's are current; another node's are at most about 5 seconds old.
    Server administrators see every connection; tenant and domain administrators those
    logged in to their accounts.

    Args:
        service (ServiceName | Unset): A service the server offers.
        domain_id (UUID | Unset):
        account_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionPage | Problem]
    """

    kwargs = _get_kwargs(
        service=service,
        domain_id=domain_id,
        account_id=account_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service: ServiceName | Unset = UNSET,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ConnectionPage | Problem | None:
    """Clients connected to any node now (Kerio's *Active connections*), oldest first: service,
    client address, since when, TLS, the account logged in, the last command's name and the
    folder selected. This node's are current; another node's are at most about 5 seconds old.
    Server administrators see every connection; tenant and domain administrators those
    logged in to their accounts.

    Args:
        service (ServiceName | Unset): A service the server offers.
        domain_id (UUID | Unset):
        account_id (UUID | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            service=service,
            domain_id=domain_id,
            account_id=account_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
