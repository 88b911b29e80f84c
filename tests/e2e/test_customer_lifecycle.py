"""A whole customer lifecycle through the generated Python SDK (issue 23), as a billing system's
provisioning module drives it: a plan is made, a customer and its domain are provisioned on it,
accounts are made up to the limit, the plan is upgraded and a downgrade below usage refused,
the customer is suspended for billing (no IMAP login, mail still received), reinstated,
terminated (pending deletion: nothing reachable, its name kept), restored within the grace
period, terminated again and purged by the job: no row of it is left in any table but its
usage snapshots and audit entries. A webhook receiver hears every step, signed."""

import secrets
import sys

from conftest import ADMIN_PASSWORD, ROOT, psql
from helpers import wait_until
from test_imap import imap
from test_lifecycle import imap_refused, receive, rows_naming
from webhook_receiver import Receiver

sys.path.insert(0, str(ROOT / "clients" / "python"))

from postbay_client import AuthenticatedClient, Client  # noqa: E402
from postbay_client.api.accounts import create_account  # noqa: E402
from postbay_client.api.auth import login  # noqa: E402
from postbay_client.api.domains import create_domain  # noqa: E402
from postbay_client.api.plans import create_plan, update_plan  # noqa: E402
from postbay_client.api.settings import update_lifecycle_settings  # noqa: E402
from postbay_client.api.tenants import create_tenant, delete_tenant, get_tenant, restore_tenant, update_tenant  # noqa: E402
from postbay_client.api.usage import take_usage_snapshot  # noqa: E402
from postbay_client.api.webhooks import create_webhook  # noqa: E402
from postbay_client.models import (  # noqa: E402
    Account, LifecycleSettings, LoginRequest, NewAccount, NewDomain, NewPlan, NewTenant, NewWebhook, Plan, PlanLevel,
    PlanLimits, PlanPatch, Problem, Session, Status, StatusReason, Tenant, TenantKind, TenantPatch, Webhook,
)

PASSWORD = "Passw0rd-x"


def sdk(server) -> AuthenticatedClient:
    base = server.base + "/api/v1"
    session = login.sync(client=Client(base_url=base), body=LoginRequest(user_name="admin", password=ADMIN_PASSWORD))
    assert isinstance(session, Session), session
    return AuthenticatedClient(base_url=base, token=session.access_token)


def ok(result, kind):
    assert isinstance(result, kind), result
    return result


def refused(result, code):
    assert isinstance(result, Problem) and result.code == code, result
    return result


def test_a_customer_from_sale_to_purge(server):
    api = sdk(server)
    receiver = Receiver()
    events = ["tenant.created", "tenant.suspended", "tenant.updated", "tenant.deleted", "tenant.restored", "tenant.purged"]
    hook = ok(create_webhook.sync(client=api, body=NewWebhook(url=receiver.url, events=events)), Webhook)
    try:
        # The reseller sells a plan.
        reseller = ok(create_tenant.sync(client=api, body=NewTenant(kind=TenantKind.RESELLER, name="ISP Reseller")), Tenant)
        plan = ok(create_plan.sync(client=api, body=NewPlan(
            name="Mail Business", level=PlanLevel.TENANT, tenant_id=reseller.id,
            limits=PlanLimits(max_domains=1, max_accounts=3))), Plan)
        # A customer buys it: tenant and domain provisioned on the plan, accounts up to its limit.
        customer = ok(create_tenant.sync(client=api, body=NewTenant(
            kind=TenantKind.CUSTOMER, name="Acme", parent_id=reseller.id, plan_id=plan.id)), Tenant)
        assert customer.plan_id == plan.id and customer.limits.max_accounts == 3
        name = f"acme-{secrets.token_hex(3)}.test"
        domain = create_domain.sync(client=api, body=NewDomain(name=name, tenant_id=customer.id))
        accounts = [ok(create_account.sync(domain.id, client=api, body=NewAccount(login_name=login_name, password=PASSWORD)), Account)
                    for login_name in ("alice", "bob", "carol")]
        refused(create_account.sync(domain.id, client=api, body=NewAccount(login_name="dave", password=PASSWORD)), "limit_exceeded")
        refused(create_domain.sync(client=api, body=NewDomain(name="second-" + name, tenant_id=customer.id)), "limit_exceeded")
        # Upgraded, then a downgrade below what it uses is refused with the overage.
        ok(update_plan.sync(plan.id, client=api, body=PlanPatch(limits=PlanLimits(max_domains=1, max_accounts=5))), Plan)
        accounts.append(ok(create_account.sync(domain.id, client=api, body=NewAccount(login_name="dave", password=PASSWORD)), Account))
        downgrade = refused(update_plan.sync(plan.id, client=api, body=PlanPatch(limits=PlanLimits(max_domains=1, max_accounts=2))),
                            "limit_below_usage")
        assert "(2 over)" in downgrade.detail and downgrade.field == "limits.maxAccounts"
        alice = f"alice@{name}"
        imap(server, alice).logout()

        # Suspended for billing: no login, mail still received. Then reinstated.
        suspended = ok(update_tenant.sync(customer.id, client=api, body=TenantPatch(status=Status.SUSPENDED,
                                                                                    status_reason=StatusReason.BILLING)), Tenant)
        assert suspended.status_reason == StatusReason.BILLING
        assert imap_refused(server, alice)
        assert receive(server, alice) == 250
        ok(update_tenant.sync(customer.id, client=api, body=TenantPatch(status=Status.ACTIVE)), Tenant)
        imap(server, alice).logout()

        # Terminated: pending deletion, nothing reachable, the name kept.
        assert delete_tenant.sync(customer.id, client=api, cascade=True) is None
        assert ok(get_tenant.sync(customer.id, client=api), Tenant).status == Status.PENDINGDELETION
        assert imap_refused(server, alice)
        assert receive(server, alice) == 550
        refused(create_domain.sync(client=api, body=NewDomain(name=name, tenant_id=reseller.id)), "already_exists")

        # Restored within the grace period, with its mail.
        assert ok(restore_tenant.sync(customer.id, client=api), Tenant).status == Status.ACTIVE
        client = imap(server, alice)
        assert client.select("INBOX")[1] == [b"1"]
        client.logout()

        # Terminated again and purged by the job: only usage snapshots and the audit trail stay.
        ok(take_usage_snapshot.sync(client=api), object)
        ok(update_lifecycle_settings.sync(client=api, body=LifecycleSettings(deletion_grace_days=0)), LifecycleSettings)
        assert delete_tenant.sync(customer.id, client=api, cascade=True) is None
        wait_until(lambda: isinstance(get_tenant.sync(customer.id, client=api), Problem), what="the purge job")
        ids = [str(customer.id), str(domain.id)] + [str(a.id) for a in accounts]
        assert rows_naming(server, ids) == []
        listed = ",".join(f"'{i}'" for i in ids)
        assert psql(f"SELECT count(*) FROM usage_snapshots WHERE scope_id IN ({listed})", server.db) == str(len(ids))
        assert int(psql(f"SELECT count(*) FROM audit_events WHERE object_id IN ({listed})", server.db)) >= len(ids) + 4
        assert ok(get_tenant.sync(reseller.id, client=api), Tenant).usage.accounts == 0

        # The billing system heard every step, each signed and each once.
        def steps():
            mine = [e["type"] for e in receiver.events(hook.secret).values() if e["data"]["id"] == str(customer.id)]
            return [t for t in mine if t != "tenant.updated"]
        wait_until(lambda: "tenant.purged" in steps(), what="the purge's event")
        assert sorted(steps()) == sorted(["tenant.created", "tenant.suspended", "tenant.deleted", "tenant.restored",
                                          "tenant.deleted", "tenant.purged"])
    finally:
        receiver.close()
