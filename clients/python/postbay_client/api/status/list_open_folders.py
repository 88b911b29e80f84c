from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.open_folder_list import OpenFolderList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_domain_id: str | Unset = UNSET
    if not isinstance(domain_id, Unset):
        json_domain_id = str(domain_id)
    params["domainId"] = json_domain_id

    json_account_id: str | Unset = UNSET
    if not isinstance(account_id, Unset):
        json_account_id = str(account_id)
    params["accountId"] = json_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open-folders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenFolderList | Problem | None:
    if response.status_code == 200:
        response_200 = OpenFolderList.from_dict(response.json())

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
) -> Response[OpenFolderList | Problem]:
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
    account_id: UUID | Unset = UNSET,
) -> Response[OpenFolderList | Problem]:
    """The IMAP folders (and POP3 inboxes) sessions hold open on any node, per account and
    folder, with how many sessions hold each (Kerio's *Opened folders*).

    Args:
        domain_id (UUID | Unset):
        account_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenFolderList | Problem]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        account_id=account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
) -> OpenFolderList | Problem | None:
    """The IMAP folders (and POP3 inboxes) sessions hold open on any node, per account and
    folder, with how many sessions hold each (Kerio's *Opened folders*).

    Args:
        domain_id (UUID | Unset):
        account_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenFolderList | Problem
    """

    return sync_detailed(
        client=client,
        domain_id=domain_id,
        account_id=account_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
) -> Response[OpenFolderList | Problem]:
    """The IMAP folders (and POP3 inboxes) sessions hold open on any node, per account and
    folder, with how many sessions hold each (Kerio's *Opened folders*).

    Args:
        domain_id (UUID | Unset):
        account_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenFolderList | Problem]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        account_id=account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_id: UUID | Unset = UNSET,
    account_id: UUID | Unset = UNSET,
) -> OpenFolderList | Problem | None:
    """The IMAP folders (and POP3 inboxes) sessions hold open on any node, per account and
    folder, with how many sessions hold each (Kerio's *Opened folders*).

    Args:
        domain_id (UUID | Unset):
        account_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenFolderList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_id=domain_id,
            account_id=account_id,
        )
    ).parsed
