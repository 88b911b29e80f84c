from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sieve_script import SieveScript
from ...models.sieve_script_body import SieveScriptBody
from ...types import Response


def _get_kwargs(
    account_id: UUID,
    name: str,
    *,
    body: SieveScriptBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{account_id}/sieve-scripts/{name}".format(
            account_id=quote(str(account_id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SieveScript | None:
    if response.status_code == 200:
        response_200 = SieveScript.from_dict(response.json())

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
) -> Response[Problem | SieveScript]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SieveScriptBody,
) -> Response[Problem | SieveScript]:
    """Stores a script under a name, replacing one of that name. A script with an error is
    refused (422, code `invalid_script`, field `content`, the line and column in the message);
    `active: true` makes it the one delivery runs. At most 32 scripts an account.

    Args:
        account_id (UUID): A user account (mailbox).
        name (str):
        body (SieveScriptBody): A script's text to store under a name; `active: true` also makes
            it the active one,
            `false` leaves no script active if it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SieveScript]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SieveScriptBody,
) -> Problem | SieveScript | None:
    """Stores a script under a name, replacing one of that name. A script with an error is
    refused (422, code `invalid_script`, field `content`, the line and column in the message);
    `active: true` makes it the one delivery runs. At most 32 scripts an account.

    Args:
        account_id (UUID): A user account (mailbox).
        name (str):
        body (SieveScriptBody): A script's text to store under a name; `active: true` also makes
            it the active one,
            `false` leaves no script active if it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SieveScript
    """

    return sync_detailed(
        account_id=account_id,
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SieveScriptBody,
) -> Response[Problem | SieveScript]:
    """Stores a script under a name, replacing one of that name. A script with an error is
    refused (422, code `invalid_script`, field `content`, the line and column in the message);
    `active: true` makes it the one delivery runs. At most 32 scripts an account.

    Args:
        account_id (UUID): A user account (mailbox).
        name (str):
        body (SieveScriptBody): A script's text to store under a name; `active: true` also makes
            it the active one,
            `false` leaves no script active if it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SieveScript]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SieveScriptBody,
) -> Problem | SieveScript | None:
    """Stores a script under a name, replacing one of that name. A script with an error is
    refused (422, code `invalid_script`, field `content`, the line and column in the message);
    `active: true` makes it the one delivery runs. At most 32 scripts an account.

    Args:
        account_id (UUID): A user account (mailbox).
        name (str):
        body (SieveScriptBody): A script's text to store under a name; `active: true` also makes
            it the active one,
            `false` leaves no script active if it was.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SieveScript
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            name=name,
            client=client,
            body=body,
        )
    ).parsed
