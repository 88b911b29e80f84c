import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_hit_page import MessageHitPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: UUID,
    *,
    folder: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    min_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["folder"] = folder

    params["q"] = q

    params["from"] = from_

    params["to"] = to

    params["subject"] = subject

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["minSize"] = min_size

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/messages".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageHitPage | Problem | None:
    if response.status_code == 200:
        response_200 = MessageHitPage.from_dict(response.json())

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
) -> Response[MessageHitPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    min_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[MessageHitPage | Problem]:
    """Searches an account's mail, newest first: text anywhere (`q`, IMAP's TEXT), sender,
    recipient, subject, received dates, size. Server and tenant administrators, the account
    itself, and its domain's administrators where the domain allows it; every search is audited.

    Args:
        account_id (UUID): A user account (mailbox).
        folder (str | Unset):
        q (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        subject (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        min_size (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageHitPage | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        folder=folder,
        q=q,
        from_=from_,
        to=to,
        subject=subject,
        since=since,
        until=until,
        min_size=min_size,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    min_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> MessageHitPage | Problem | None:
    """Searches an account's mail, newest first: text anywhere (`q`, IMAP's TEXT), sender,
    recipient, subject, received dates, size. Server and tenant administrators, the account
    itself, and its domain's administrators where the domain allows it; every search is audited.

    Args:
        account_id (UUID): A user account (mailbox).
        folder (str | Unset):
        q (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        subject (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        min_size (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageHitPage | Problem
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        folder=folder,
        q=q,
        from_=from_,
        to=to,
        subject=subject,
        since=since,
        until=until,
        min_size=min_size,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    min_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[MessageHitPage | Problem]:
    """Searches an account's mail, newest first: text anywhere (`q`, IMAP's TEXT), sender,
    recipient, subject, received dates, size. Server and tenant administrators, the account
    itself, and its domain's administrators where the domain allows it; every search is audited.

    Args:
        account_id (UUID): A user account (mailbox).
        folder (str | Unset):
        q (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        subject (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        min_size (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageHitPage | Problem]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        folder=folder,
        q=q,
        from_=from_,
        to=to,
        subject=subject,
        since=since,
        until=until,
        min_size=min_size,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    folder: str | Unset = UNSET,
    q: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    min_size: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> MessageHitPage | Problem | None:
    """Searches an account's mail, newest first: text anywhere (`q`, IMAP's TEXT), sender,
    recipient, subject, received dates, size. Server and tenant administrators, the account
    itself, and its domain's administrators where the domain allows it; every search is audited.

    Args:
        account_id (UUID): A user account (mailbox).
        folder (str | Unset):
        q (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        subject (str | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        min_size (int | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageHitPage | Problem
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            folder=folder,
            q=q,
            from_=from_,
            to=to,
            subject=subject,
            since=since,
            until=until,
            min_size=min_size,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
