from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_level import PlanLevel
from ...models.plan_page import PlanPage
from ...models.problem import Problem
from ...models.sort import Sort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tenant_id: UUID | Unset = UNSET,
    level: PlanLevel | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tenant_id: str | Unset = UNSET
    if not isinstance(tenant_id, Unset):
        json_tenant_id = str(tenant_id)
    params["tenantId"] = json_tenant_id

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    params["limit"] = limit

    params["cursor"] = cursor

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/plans",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PlanPage | Problem | None:
    if response.status_code == 200:
        response_200 = PlanPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PlanPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: UUID | Unset = UNSET,
    level: PlanLevel | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[PlanPage | Problem]:
    """The plans within the caller's reach.

    Args:
        tenant_id (UUID | Unset):
        level (PlanLevel | Unset): Which nodes a plan is for.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        sort (Sort | Unset): How a list is ordered. Ids are time-ordered, so `created` is id
            order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanPage | Problem]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        level=level,
        limit=limit,
        cursor=cursor,
        q=q,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: UUID | Unset = UNSET,
    level: PlanLevel | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> PlanPage | Problem | None:
    """The plans within the caller's reach.

    Args:
        tenant_id (UUID | Unset):
        level (PlanLevel | Unset): Which nodes a plan is for.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        sort (Sort | Unset): How a list is ordered. Ids are time-ordered, so `created` is id
            order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanPage | Problem
    """

    return sync_detailed(
        client=client,
        tenant_id=tenant_id,
        level=level,
        limit=limit,
        cursor=cursor,
        q=q,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: UUID | Unset = UNSET,
    level: PlanLevel | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> Response[PlanPage | Problem]:
    """The plans within the caller's reach.

    Args:
        tenant_id (UUID | Unset):
        level (PlanLevel | Unset): Which nodes a plan is for.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        sort (Sort | Unset): How a list is ordered. Ids are time-ordered, so `created` is id
            order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlanPage | Problem]
    """

    kwargs = _get_kwargs(
        tenant_id=tenant_id,
        level=level,
        limit=limit,
        cursor=cursor,
        q=q,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    tenant_id: UUID | Unset = UNSET,
    level: PlanLevel | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: Sort | Unset = UNSET,
) -> PlanPage | Problem | None:
    """The plans within the caller's reach.

    Args:
        tenant_id (UUID | Unset):
        level (PlanLevel | Unset): Which nodes a plan is for.
        limit (int | Unset):
        cursor (str | Unset):
        q (str | Unset):
        sort (Sort | Unset): How a list is ordered. Ids are time-ordered, so `created` is id
            order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlanPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            tenant_id=tenant_id,
            level=level,
            limit=limit,
            cursor=cursor,
            q=q,
            sort=sort,
        )
    ).parsed
