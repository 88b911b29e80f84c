from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_report import ImportReport
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    domain_id: UUID,
    *,
    body: File,
    dry_run: bool | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dryRun"] = dry_run

    json_template_id: str | Unset = UNSET
    if not isinstance(template_id, Unset):
        json_template_id = str(template_id)
    params["templateId"] = json_template_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/domains/{domain_id}/accounts/import".format(
            domain_id=quote(str(domain_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportReport | Problem | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

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
) -> Response[ImportReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    dry_run: bool | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> Response[ImportReport | Problem]:
    """
    Args:
        domain_id (UUID): A mail domain.
        dry_run (bool | Unset):
        template_id (UUID | Unset): A user template.
        body (File): A CSV file, sent as the raw request body (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        dry_run=dry_run,
        template_id=template_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    dry_run: bool | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> ImportReport | Problem | None:
    """
    Args:
        domain_id (UUID): A mail domain.
        dry_run (bool | Unset):
        template_id (UUID | Unset): A user template.
        body (File): A CSV file, sent as the raw request body (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return sync_detailed(
        domain_id=domain_id,
        client=client,
        body=body,
        dry_run=dry_run,
        template_id=template_id,
    ).parsed


async def asyncio_detailed(
    domain_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    dry_run: bool | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> Response[ImportReport | Problem]:
    """
    Args:
        domain_id (UUID): A mail domain.
        dry_run (bool | Unset):
        template_id (UUID | Unset): A user template.
        body (File): A CSV file, sent as the raw request body (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportReport | Problem]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
        dry_run=dry_run,
        template_id=template_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    dry_run: bool | Unset = UNSET,
    template_id: UUID | Unset = UNSET,
) -> ImportReport | Problem | None:
    """
    Args:
        domain_id (UUID): A mail domain.
        dry_run (bool | Unset):
        template_id (UUID | Unset): A user template.
        body (File): A CSV file, sent as the raw request body (UTF-8).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportReport | Problem
    """

    return (
        await asyncio_detailed(
            domain_id=domain_id,
            client=client,
            body=body,
            dry_run=dry_run,
            template_id=template_id,
        )
    ).parsed
