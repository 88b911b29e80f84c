"""Drives the SDK against a live `postbay serve`: POSTBAY_URL and POSTBAY_ADMIN_PASSWORD.

Run from clients/python with the package on the path: `python -m pytest tests`."""

import asyncio
import os
import secrets

from postbay_client import AuthenticatedClient, Client
from postbay_client.api.accounts import create_account, list_accounts
from postbay_client.api.aliases import create_alias
from postbay_client.api.auth import login
from postbay_client.api.domains import create_domain, get_domain_usage
from postbay_client.api.tenants import create_tenant
from postbay_client.models import (
    Account,
    LoginRequest,
    NewAccount,
    NewAlias,
    NewDomain,
    NewTenant,
    Problem,
    Session,
    TenantKind,
)

BASE = os.environ["POSTBAY_URL"] + "/api/v1"


def session_for(user: str, password: str) -> AuthenticatedClient:
    session = login.sync(client=Client(base_url=BASE), body=LoginRequest(user_name=user, password=password))
    assert isinstance(session, Session), session
    return AuthenticatedClient(base_url=BASE, token=session.access_token)


def test_provisioning_flow_sync_and_async():
    client = session_for("admin", os.environ["POSTBAY_ADMIN_PASSWORD"])
    suffix = secrets.token_hex(3)
    tenant = create_tenant.sync(client=client, body=NewTenant(kind=TenantKind.CUSTOMER, name=f"Py customer {suffix}"))
    assert not isinstance(tenant, Problem) and tenant is not None, tenant
    domain = create_domain.sync(client=client, body=NewDomain(name=f"py-{suffix}.test", tenant_id=tenant.id))
    assert not isinstance(domain, Problem) and domain is not None, domain
    for name, admin in (("alice", False), ("bob", False), ("boss", True)):
        account = create_account.sync(domain.id, client=client, body=NewAccount(login_name=name, password="Sdk-pass-123", domain_admin=admin))
        assert isinstance(account, Account) and account.email == f"{name}@py-{suffix}.test", account
    alias = create_alias.sync(domain.id, client=client, body=NewAlias(name="info", target="alice"))
    assert not isinstance(alias, Problem) and alias is not None and alias.target == f"alice@py-{suffix}.test"

    async def page_through() -> list[str]:
        seen, cursor = [], None
        while True:
            kwargs = {"cursor": cursor} if cursor else {}
            page = await list_accounts.asyncio(client=client, domain_id=domain.id, limit=2, **kwargs)
            assert page is not None and not isinstance(page, Problem), page
            seen += [a.login_name for a in page.items]
            cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
            if not cursor:
                return seen

    assert asyncio.run(page_through()) == ["alice", "bob", "boss"]
    usage = get_domain_usage.sync(domain.id, client=client)
    assert usage is not None and not isinstance(usage, Problem)
    assert usage.accounts.used == 3 and usage.aliases.used == 1

    # Typed errors: a duplicate, and a call the caller may not make.
    duplicate = create_account.sync_detailed(domain.id, client=client, body=NewAccount(login_name="alice"))
    assert duplicate.status_code == 409 and isinstance(duplicate.parsed, Problem)
    assert duplicate.parsed.code == "already_exists" and duplicate.parsed.field == "loginName"
    boss = session_for(f"boss@py-{suffix}.test", "Sdk-pass-123")
    forbidden = create_domain.sync_detailed(client=boss, body=NewDomain(name=f"not-{suffix}.test"))
    assert forbidden.status_code == 403 and isinstance(forbidden.parsed, Problem) and forbidden.parsed.code == "forbidden"
