from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.spam_rule import SpamRule
from ...models.spam_rule_update import SpamRuleUpdate
from ...types import Response


def _get_kwargs(
    spam_rule_id: UUID,
    *,
    body: SpamRuleUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/spam-rules/{spam_rule_id}".format(
            spam_rule_id=quote(str(spam_rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SpamRule | None:
    if response.status_code == 200:
        response_200 = SpamRule.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SpamRule]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    spam_rule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SpamRuleUpdate,
) -> Response[Problem | SpamRule]:
    """Changes a custom rule; `position` moves it within its list.

    Args:
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
        body (SpamRuleUpdate): Changes to a rule; what is left out stays. The list it is in does
            not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpamRule]
    """

    kwargs = _get_kwargs(
        spam_rule_id=spam_rule_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    spam_rule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SpamRuleUpdate,
) -> Problem | SpamRule | None:
    """Changes a custom rule; `position` moves it within its list.

    Args:
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
        body (SpamRuleUpdate): Changes to a rule; what is left out stays. The list it is in does
            not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpamRule
    """

    return sync_detailed(
        spam_rule_id=spam_rule_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    spam_rule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SpamRuleUpdate,
) -> Response[Problem | SpamRule]:
    """Changes a custom rule; `position` moves it within its list.

    Args:
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
        body (SpamRuleUpdate): Changes to a rule; what is left out stays. The list it is in does
            not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpamRule]
    """

    kwargs = _get_kwargs(
        spam_rule_id=spam_rule_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    spam_rule_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: SpamRuleUpdate,
) -> Problem | SpamRule | None:
    """Changes a custom rule; `position` moves it within its list.

    Args:
        spam_rule_id (UUID): A custom rule of the spam filter (the server's or a domain's).
        body (SpamRuleUpdate): Changes to a rule; what is left out stays. The list it is in does
            not change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpamRule
    """

    return (
        await asyncio_detailed(
            spam_rule_id=spam_rule_id,
            client=client,
            body=body,
        )
    ).parsed
