"""Service plans (issue 23): named sets of limits a tenant sells, for one level (tenant, domain,
account), given to what is below its tenant at creation or with `planId`; the node's limits
become the plan's in one transaction, a plan below usage is refused with the overage unless
`force` (which then only stops growth), and changing a plan changes every node on it."""

from conftest import psql


def problem(r, status, code):
    assert r.status_code == status, (r.status_code, r.text)
    assert r.json()["code"] == code, r.json()
    return r.json()


def test_plans_carry_limits_to_what_is_on_them(server):
    admin = server.admin()
    reseller = admin.ok("POST", "/tenants", {"kind": "reseller", "name": "Plans Reseller"})
    business = admin.ok("POST", "/plans", {"tenantId": reseller["id"], "name": "Business", "level": "tenant",
                                           "limits": {"maxDomains": 2, "maxAccounts": 3, "maxStorageBytes": 10_000_000,
                                                      "sendingLimits": {"messagesPerHour": 100}}}, status=201)
    domain_plan = admin.ok("POST", "/plans", {"tenantId": reseller["id"], "name": "Domain", "level": "domain",
                                              "limits": {"maxAccounts": 3, "defaultQuotaBytes": 1_000_000}}, status=201)
    mailbox = admin.ok("POST", "/plans", {"tenantId": reseller["id"], "name": "Mailbox 2M", "level": "account",
                                          "limits": {"quotaBytes": 2_000_000, "sendingLimits": {"messagesPerDay": 50}}}, status=201)
    # A field of another level, a bad value, a duplicate name.
    r = admin.post("/plans", {"tenantId": reseller["id"], "name": "Odd", "level": "account", "limits": {"maxDomains": 1}})
    assert problem(r, 422, "not_for_level")["field"] == "limits.maxDomains"
    r = admin.post("/plans", {"tenantId": reseller["id"], "name": "Odd", "level": "tenant",
                              "limits": {"sendingLimits": {"messagesPerHour": -1}}})
    assert problem(r, 422, "out_of_range")["field"] == "limits.sendingLimits.messagesPerHour"
    problem(admin.post("/plans", {"tenantId": reseller["id"], "name": "business", "level": "tenant"}), 409, "already_exists")

    # Provisioned on plans: the limits are the plans'.
    customer = admin.ok("POST", "/tenants", {"kind": "customer", "name": "Plans Customer", "parentId": reseller["id"],
                                             "planId": business["id"]}, status=201)
    assert customer["planId"] == business["id"]
    assert customer["limits"] == {"maxDomains": 2, "maxAccounts": 3, "maxAliases": None, "maxGroups": None, "maxStorageBytes": 10_000_000}
    assert admin.ok("GET", f"/tenants/{customer['id']}/sending-limits") == {"messagesPerHour": 100}
    # A tenant plan goes below its owner only; a plan of the wrong level is refused.
    problem(admin.patch(f"/tenants/{reseller['id']}", {"planId": business["id"]}), 422, "plan_not_available")
    problem(admin.post("/domains", {"name": "wrong.plans.test", "tenantId": customer["id"], "planId": business["id"]}),
            422, "wrong_level")
    domain = admin.ok("POST", "/domains", {"name": "plans.test", "tenantId": customer["id"], "planId": domain_plan["id"]}, status=201)
    assert (domain["planId"], domain["limits"]["maxAccounts"], domain["limits"]["defaultQuotaBytes"]) == (domain_plan["id"], 3, 1_000_000)
    first = admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "one", "planId": mailbox["id"]}, status=201)
    assert (first["planId"], first["quota"]["bytes"]) == (mailbox["id"], 2_000_000)
    assert admin.ok("GET", f"/accounts/{first['id']}/sending-limits") == {"messagesPerDay": 50}
    for login in ("two", "three"):
        admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": login}, status=201)
    r = admin.post(f"/domains/{domain['id']}/accounts", {"loginName": "four"})
    assert problem(r, 409, "limit_exceeded")["field"] == "maxAccounts"

    # Upgrade: the plan changes, and so does every node on it.
    admin.ok("PATCH", f"/plans/{domain_plan['id']}", {"limits": {"maxAccounts": 5, "defaultQuotaBytes": 1_000_000}})
    admin.ok("PATCH", f"/plans/{business['id']}", {"limits": {"maxDomains": 2, "maxAccounts": 5}})
    assert admin.ok("GET", f"/domains/{domain['id']}")["limits"]["maxAccounts"] == 5
    assert admin.ok("GET", f"/tenants/{customer['id']}/sending-limits") == {}
    admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "four"}, status=201)
    # Downgrade below usage: refused with the overage, nothing changed...
    r = admin.patch(f"/plans/{domain_plan['id']}", {"limits": {"maxAccounts": 2}})
    body = problem(r, 409, "limit_below_usage")
    assert body["field"] == "limits.maxAccounts" and "(2 over)" in body["detail"], body
    assert admin.ok("GET", f"/plans/{domain_plan['id']}")["limits"]["maxAccounts"] == 5
    # ... or taken with force, which only stops growth.
    admin.ok("PATCH", f"/plans/{domain_plan['id']}", {"limits": {"maxAccounts": 2}}, params={"force": "true"})
    assert admin.ok("GET", f"/domains/{domain['id']}")["usage"]["accounts"] == {"limit": 2, "used": 4}
    problem(admin.post(f"/domains/{domain['id']}/accounts", {"loginName": "five"}), 409, "limit_exceeded")
    # Moving a node to another plan: the same rule.
    small = admin.ok("POST", "/plans", {"tenantId": reseller["id"], "name": "Starter", "level": "tenant",
                                        "limits": {"maxAccounts": 1}}, status=201)
    r = admin.patch(f"/tenants/{customer['id']}", {"planId": small["id"]})
    assert "(3 over)" in problem(r, 409, "limit_below_usage")["detail"]
    assert admin.ok("GET", f"/tenants/{customer['id']}")["planId"] == business["id"]
    # A plan in use stays; one taken off (limits kept) can go.
    problem(admin.delete(f"/plans/{business['id']}"), 409, "plan_in_use")
    off = admin.ok("PATCH", f"/tenants/{customer['id']}", {"planId": None})
    assert off["planId"] is None and off["limits"]["maxAccounts"] == 5
    admin.ok("DELETE", f"/plans/{business['id']}", status=204)
    # Something on a plan that is pending deletion keeps its limits; the plan changes for the rest.
    admin.ok("DELETE", f"/accounts/{first['id']}", status=204)
    admin.ok("PATCH", f"/plans/{mailbox['id']}", {"limits": {"quotaBytes": 3_000_000}})
    assert admin.ok("GET", f"/accounts/{first['id']}")["quota"]["bytes"] == 2_000_000
    # Every change is audited.
    actions = {e["action"] for e in admin.ok("GET", "/audit-events", params={"limit": 1000})["items"]}
    assert {"plan.create", "plan.update", "plan.delete", "tenant.set_plan", "domain.set_plan", "account.set_plan"} <= actions


def test_a_reseller_sells_its_plans_and_its_customers_cannot_pick_them(world):
    a, b = world["a"], world["b"]
    reseller_admin = a["tenantAdminApi"]
    mine = reseller_admin.ok("POST", "/plans", {"name": "Gold", "level": "tenant", "limits": {"maxAccounts": 10}}, status=201)
    assert mine["tenantId"] == a["reseller"]["id"]
    reseller_admin.ok("PATCH", f"/tenants/{a['customer']['id']}", {"planId": mine["id"]})
    # The other reseller's plans are not there for it, and its own are not the other's.
    assert reseller_admin.get(f"/plans/{b['plan']['id']}").status_code == 404
    assert reseller_admin.patch(f"/domains/{a['domain']['id']}", {"planId": b["plan"]["id"]}).status_code == 404
    assert b["tenantAdminApi"].get(f"/plans/{mine['id']}").status_code == 404
    assert [p["name"] for p in reseller_admin.ok("GET", "/plans")["items"]] == ["Gold", "Mail a"]  # by name
    # A domain administrator cannot move its own domain to a better plan.
    assert a["domainAdminApi"].patch(f"/domains/{a['domain']['id']}", {"planId": a["plan"]["id"]}).status_code in (403, 404)
    # JSON-RPC: the same plans and rules.
    rpc = world["server"].rpc(f"tadmin@{a['domain']['name']}", "Tadm1n-pass")
    made = rpc.ok("Plans.create", {"name": "Silver", "level": "domain", "limits": {"maxAccounts": 2}})
    out = rpc.ok("Plans.assign", {"planId": made["id"], "domainIds": [a["domain"]["id"], b["domain"]["id"]]})
    assert [(e["inputIndex"], e["code"]) for e in out["errors"]] == [(0, 1000), (1, 1002)], out
    assert out["errors"][0]["data"]["code"] == "limit_below_usage"
    assert rpc.ok("Plans.assign", {"planId": made["id"], "domainIds": [a["domain"]["id"]], "force": True}) == {"errors": []}
    assert psql(f"SELECT max_accounts FROM domains WHERE id = '{a['domain']['id']}'", world["server"].db) == "2"
    assert {p["name"] for p in rpc.ok("Plans.get", {})["items"]} == {"Gold", "Silver", "Mail a"}
