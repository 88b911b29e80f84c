import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.traffic_stats import TrafficStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    domain_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_domain_id: str | Unset = UNSET
    if not isinstance(domain_id, Unset):
        json_domain_id = str(domain_id)
    params["domainId"] = json_domain_id

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/traffic-stats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrafficStats | None:
    if response.status_code == 200:
        response_200 = TrafficStats.from_dict(response.json())

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
) -> Response[Problem | TrafficStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Problem | TrafficStats]:
    """Mail traffic per day and in total (`messagesIn`, `bytesIn`: received for the domain's
    recipients; `messagesOut`, `bytesOut`: accepted by remote servers for its senders), for one
    domain or every domain the caller reaches. Kept in PostgreSQL: it survives restarts and
    adds up across nodes.

    Args:
        domain_id (UUID | Unset): A mail domain.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrafficStats]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Problem | TrafficStats | None:
    """Mail traffic per day and in total (`messagesIn`, `bytesIn`: received for the domain's
    recipients; `messagesOut`, `bytesOut`: accepted by remote servers for its senders), for one
    domain or every domain the caller reaches. Kept in PostgreSQL: it survives restarts and
    adds up across nodes.

    Args:
        domain_id (UUID | Unset): A mail domain.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrafficStats
    """

    return sync_detailed(
        client=client,
        domain_id=domain_id,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Problem | TrafficStats]:
    """Mail traffic per day and in total (`messagesIn`, `bytesIn`: received for the domain's
    recipients; `messagesOut`, `bytesOut`: accepted by remote servers for its senders), for one
    domain or every domain the caller reaches. Kept in PostgreSQL: it survives restarts and
    adds up across nodes.

    Args:
        domain_id (UUID | Unset): A mail domain.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrafficStats]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Problem | TrafficStats | None:
    """Mail traffic per day and in total (`messagesIn`, `bytesIn`: received for the domain's
    recipients; `messagesOut`, `bytesOut`: accepted by remote servers for its senders), for one
    domain or every domain the caller reaches. Kept in PostgreSQL: it survives restarts and
    adds up across nodes.

    Args:
        domain_id (UUID | Unset): A mail domain.
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrafficStats
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_id=domain_id,
            from_=from_,
            to=to,
        )
    ).parsed
