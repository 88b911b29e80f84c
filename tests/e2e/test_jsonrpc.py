"""The JSON-RPC admin API driven as an existing Kerio Connect integration drives it: raw HTTP,
Session.login with token and cookie, the SearchQuery object, batch create/set/remove with
per-item errors, and every error code."""

import json

import requests

from conftest import APPLICATION, RPC_PATH, Rpc, psql, unique

GIB = 1 << 30


def login_params(user="admin", password="Adm1n-secret", application=APPLICATION):
    return {"userName": user, "password": password, "application": application}


def new_domain(rpc, name=None, **extra):
    name = name or unique("rpc") + ".test"
    created = rpc.ok("Domains.create", {"domains": [{"name": name, **extra}]})
    assert created["errors"] == [], created
    return created["result"][0]["id"], name


def test_login_token_cookie_and_logout(server):
    anon = Rpc(server.base)
    r = anon.post({"jsonrpc": "2.0", "id": 1, "method": "Session.login", "params": login_params()})
    assert r.status_code == 200
    token = r.json()["result"]["token"]
    set_cookie = r.headers["Set-Cookie"]
    assert set_cookie.startswith("SESSION_POSTBAY_ADMIN=") and "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie
    cookie = set_cookie.split(";")[0].split("=", 1)[1]
    assert cookie and cookie != token, "the cookie is a separate secret, not the token"
    # As the official PHP client: X-Token header plus the cookie.
    kerio = Rpc(server.base, token=token)
    kerio.http.cookies.set("SESSION_POSTBAY_ADMIN", cookie)
    me = kerio.ok("Session.whoAmI")
    assert me["effectiveRole"] == {"userRole": "FullAdmin"} and me["actor"] == "account:admin@primary.test"
    # The token inside the envelope works too, and the token alone is enough.
    r = anon.post({"jsonrpc": "2.0", "id": 2, "method": "Session.whoAmI", "token": token})
    assert r.json()["result"]["id"] == me["id"]
    # A cookie alone is not a session (it would allow cross-site requests).
    cookie_only = Rpc(server.base)
    cookie_only.http.cookies.set("SESSION_POSTBAY_ADMIN", cookie)
    err = cookie_only.err("Session.whoAmI")
    assert err["code"] == -32001 and "X-Token" in err["message"]
    # Cookie and token of different sessions are refused.
    other = server.rpc()
    mixed = Rpc(server.base, token=other.token)
    mixed.http.cookies.set("SESSION_POSTBAY_ADMIN", cookie)
    assert mixed.err("Session.whoAmI")["code"] == -32001
    # Wrong password: operation failed; application must be an object.
    err = anon.err("Session.login", login_params(password="wrong"))
    assert err["code"] == 1000 and err["data"]["code"] == "invalid_credentials"
    err = anon.err("Session.login", login_params(application="my panel"))
    assert err["code"] == -32602 and err["data"]["field"] == "application"
    # Logout ends this session only.
    r = kerio.post({"jsonrpc": "2.0", "id": 3, "method": "Session.logout"})
    assert r.json()["result"] == {"redirectUrl": ""} and "Max-Age=0" in r.headers["Set-Cookie"]
    assert kerio.err("Session.whoAmI")["code"] == -32001
    assert other.ok("Session.whoAmI")["id"] == me["id"]
    # A browser that only has the cookie can still log out.
    third = server.rpc()
    by_cookie = Rpc(server.base)
    by_cookie.http.cookies.set("SESSION_POSTBAY_ADMIN", third.http.cookies.get("SESSION_POSTBAY_ADMIN"))
    by_cookie.ok("Session.logout")
    assert third.err("Session.whoAmI")["code"] == -32001


def test_session_expiry_and_api_keys(server):
    rpc = server.rpc()
    assert rpc.ok("Server.getVersion")["product"] == "Postbay"
    # Time passes: the session's idle period runs out.
    psql("UPDATE admin_sessions SET last_seen_at = now() - interval '31 minutes'", server.db)
    err = rpc.err("Server.getVersion")
    assert err["code"] == -32001 and err["data"]["code"] == "unauthenticated"
    # Version.getApiVersion needs no session; everything else does.
    assert Rpc(server.base).ok("Version.getApiVersion") == {"apiVersion": 1}
    assert Rpc(server.base).err("Users.get", {"query": {}})["code"] == -32001
    # Automation may use an API key instead of a session.
    key = server.admin().ok("POST", "/api-keys", {"name": "rpc", "scope": "server"})["secret"]
    assert server.rpc_key(key).ok("Session.whoAmI")["id"] is None
    assert server.rpc_key("pbk_not_a_key").err("Session.whoAmI")["code"] == -32001
    # A shorter idle period applies to open sessions at once.
    admin_rpc = server.rpc()
    psql("UPDATE admin_sessions SET last_seen_at = now() - interval '5 minutes'", server.db)
    assert admin_rpc.ok("Server.getVersion")["product"] == "Postbay"
    server.admin().ok("PUT", "/settings/security", {"lockoutThreshold": 10, "lockoutSeconds": 300, "accessTokenSeconds": 900,
                                                     "refreshTokenSeconds": 86400, "sessionIdleSeconds": 120})
    psql("UPDATE admin_sessions SET last_seen_at = now() - interval '3 minutes'", server.db)
    assert admin_rpc.err("Server.getVersion")["code"] == -32001
    # Sessions of an account whose password changes, or which is disabled, end at once.
    admin = server.admin()
    d = admin.ok("POST", "/domains", {"name": unique("exp") + ".test"})
    user = admin.ok("POST", f"/domains/{d['id']}/accounts", {"loginName": "boss", "password": "B0ss-pass-1", "domainAdmin": True})
    boss = server.rpc(f"boss@{d['name']}", "B0ss-pass-1")
    assert boss.ok("Users.get", {"query": {"limit": 1}})["totalItems"] == 1
    admin.ok("PATCH", f"/accounts/{user['id']}", {"password": "N3w-b0ss-pass"})
    assert boss.err("Users.get", {"query": {}})["code"] == -32001
    boss = server.rpc(f"boss@{d['name']}", "N3w-b0ss-pass")
    admin.ok("PATCH", f"/accounts/{user['id']}", {"status": "disabled"})
    assert boss.err("Users.get", {"query": {}})["code"] == -32001
    admin.ok("PATCH", f"/accounts/{user['id']}", {"status": "active"})
    assert boss.err("Users.get", {"query": {}})["code"] == -32001, "re-enabling does not revive old sessions"


def test_search_query_object(server):
    rpc = server.rpc()
    domain, name = new_domain(rpc)
    users = [{"domainId": domain, "loginName": f"user{i:02d}", "fullName": f"{'Alpha' if i % 2 else 'Beta'} Person {i}",
              "diskSizeLimit": {"isActive": i < 10, "limit": {"value": i + 1, "units": "GigaBytes"}}} for i in range(25)]
    created = rpc.ok("Users.create", {"users": users})
    assert created["errors"] == [] and [r["inputIndex"] for r in created["result"]] == list(range(25))

    def get(**query):
        return rpc.ok("Users.get", {"query": query, "domainId": domain})

    everything = get(limit=-1)
    assert everything["totalItems"] == 25 and len(everything["list"]) == 25
    first = everything["list"][0]
    assert first["loginName"] == "user00" and first["email"] == f"user00@{name}" and first["isEnabled"] is True
    assert first["diskSizeLimit"] == {"isActive": True, "limit": {"value": 1, "units": "GigaBytes"}}
    assert first["consumedSize"] == {"value": 0, "units": "Bytes"} and first["role"] == {"userRole": "UserRole"}
    # fields: only the members asked for.
    listed = get(fields=["id", "loginName"], limit=3)
    assert all(set(u) == {"id", "loginName"} for u in listed["list"]) and listed["totalItems"] == 25
    # Paging: start/limit, totalItems counted before paging, stable order.
    pages = [get(fields=["loginName"], start=s, limit=10) for s in (0, 10, 20)]
    assert [p["totalItems"] for p in pages] == [25, 25, 25]
    assert [u["loginName"] for p in pages for u in p["list"]] == [f"user{i:02d}" for i in range(25)]
    assert get(start=30, limit=10) == {"list": [], "totalItems": 25}
    # orderBy
    desc = get(fields=["loginName"], orderBy=[{"columnName": "loginName", "direction": "Desc"}], limit=2)
    assert [u["loginName"] for u in desc["list"]] == ["user24", "user23"]
    # Conditions: Eq, NotEq, Like, comparisons, combining.
    cond = lambda f, c, v: {"fieldName": f, "comparator": c, "value": v}  # noqa: E731
    assert get(conditions=[cond("loginName", "Eq", "USER07")])["list"][0]["loginName"] == "user07"
    assert get(conditions=[cond("loginName", "NotEq", "user07")])["totalItems"] == 24
    assert get(conditions=[cond("fullName", "Like", "alpha")])["totalItems"] == 12
    assert get(conditions=[cond("diskSizeLimit", "GreaterEq", str(5 * GIB))])["totalItems"] == 6
    assert get(conditions=[cond("diskSizeLimit", "LessThan", 3 * GIB), cond("diskSizeLimit", "GreaterThan", 0)])["totalItems"] == 2
    assert get(conditions=[cond("diskSizeLimit", "LessEq", 0)])["totalItems"] == 15
    either = get(conditions=[cond("loginName", "Eq", "user01"), cond("loginName", "Eq", "user02")], combining="Or")
    assert sorted(u["loginName"] for u in either["list"]) == ["user01", "user02"]
    assert get(conditions=[cond("isEnabled", "Eq", "true")])["totalItems"] == 25
    # QUICKSEARCH covers login name, full name and description, case-insensitively.
    assert get(conditions=[cond("QUICKSEARCH", "Eq", "PERSON 1")])["totalItems"] == 11
    assert get(conditions=[cond("QUICKSEARCH", "Like", "user2")])["totalItems"] == 5
    assert get(conditions=[cond("QUICKSEARCH", "Eq", "100%")])["totalItems"] == 0
    # Mistakes name the member at fault.
    for query, field in (({"conditions": [cond("password", "Eq", "x")]}, "query.conditions[0].fieldName"),
                         ({"conditions": [cond("diskSizeLimit", "Like", "1")]}, "query.conditions[0].comparator"),
                         ({"conditions": [cond("diskSizeLimit", "Eq", "lots")]}, "query.conditions[0].value"),
                         ({"orderBy": [{"columnName": "nope", "direction": "Asc"}]}, "query.orderBy[0].columnName"),
                         ({"fields": ["loginName", "secret"]}, "query.fields[1]"),
                         ({"limit": -5}, "query.limit"), ({"start": -1}, "query.start"),
                         ({"conditions": [cond("loginName", "Similar", "x")]}, "query.conditions[0].comparator")):
        err = rpc.err("Users.get", {"query": query})
        assert err["code"] == -32602 and err["data"]["field"] == field, (query, err)
    # The same query object works on the other interfaces.
    domains = rpc.ok("Domains.get", {"query": {"fields": ["name", "userCount"], "conditions": [cond("name", "Eq", name)]}})
    assert domains == {"list": [{"name": name, "userCount": 25}], "totalItems": 1}
    quick = rpc.ok("Domains.get", {"query": {"conditions": [cond("QUICKSEARCH", "Eq", name[:6])]}})
    assert quick["totalItems"] == 1


def test_batch_create_set_and_remove(server):
    rpc = server.rpc()
    domain, name = new_domain(rpc, userMaxCount={"isActive": True, "limit": 4})
    items = [
        {"domainId": domain, "loginName": "anna", "password": "4nna-pass-1", "isEnabled": True},
        {"domainId": domain, "loginName": "bad login!"},
        {"domainId": domain, "loginName": "anna"},
        {"domainId": domain, "loginName": "ben", "diskSizeLimit": {"isActive": True, "limit": {"value": 2, "units": "MegaBytes"}}},
        {"domainId": "01a00000-0000-7000-8000-000000000000", "loginName": "ghost"},
        {"domainId": domain, "loginName": "carl", "unknownMember": 1},
        {"domainId": domain, "loginName": "dora"},
        {"domainId": domain, "loginName": "emil"},
        {"domainId": domain, "loginName": "fred"},
    ]
    out = rpc.ok("Users.create", {"users": items})
    created = {r["inputIndex"]: r["id"] for r in out["result"]}
    errors = {e["inputIndex"]: e for e in out["errors"]}
    assert sorted(created) == [0, 3, 6, 7], out
    assert errors[1]["code"] == -32602 and errors[1]["data"]["field"] == "users[1].loginName"
    assert errors[2]["code"] == 1001 and errors[2]["data"]["code"] == "already_exists"
    assert errors[4]["code"] == 1002
    assert errors[5]["code"] == -32602 and errors[5]["data"]["field"] == "users[5].unknownMember"
    assert errors[8]["code"] == 1100 and errors[8]["data"]["code"] == "limit_exceeded"
    for e in errors.values():
        assert e["messageParameters"] == {"positionalParameters": [], "plurality": 1} and e["message"]
    listed = rpc.ok("Users.get", {"query": {"fields": ["loginName"]}, "domainId": domain})
    assert sorted(u["loginName"] for u in listed["list"]) == ["anna", "ben", "dora", "emil"]

    # set: one pattern, several ids; a missing id fails alone.
    ids = [created[0], created[3], "01a00000-0000-7000-8000-000000000001", created[6]]
    out = rpc.ok("Users.set", {"userIds": ids, "pattern": {"fullName": "Same Name", "isEnabled": False,
                                                           "itemLimit": {"isActive": True, "limit": 500}}})
    assert [(e["inputIndex"], e["code"]) for e in out["errors"]] == [(2, 1002)]
    changed = rpc.ok("Users.get", {"query": {"fields": ["fullName", "isEnabled", "status", "itemLimit"],
                                             "conditions": [{"fieldName": "fullName", "comparator": "Eq", "value": "Same Name"}]}})
    assert changed["totalItems"] == 3
    assert all(u == {"fullName": "Same Name", "isEnabled": False, "status": "disabled", "itemLimit": {"isActive": True, "limit": 500}}
               for u in changed["list"])
    err = rpc.err("Users.set", {"userIds": ids, "pattern": {"loginName": "renamed"}})
    assert err["code"] == -32602 and err["data"]["field"] == "pattern.loginName"
    err = rpc.err("Users.set", {"userIds": [created[0]], "pattern": {"diskSizeLimit": {"isActive": True, "limit": {"value": -1, "units": "Bytes"}}}})
    assert err["code"] == -32602 and err["data"]["field"] == "pattern.diskSizeLimit"
    # A rule the core checks per user names the pattern's member in Kerio's terms.
    out = rpc.ok("Users.set", {"userIds": [created[0]], "pattern": {"emailAddresses": ["bad address!"]}})
    assert out["errors"][0]["code"] == -32602 and out["errors"][0]["data"]["field"].startswith("pattern.emailAddresses"), out

    # remove: several ids, a missing one fails alone.
    out = rpc.ok("Users.remove", {"userIds": [created[6], "01a00000-0000-7000-8000-000000000002", created[7]]})
    assert [(e["inputIndex"], e["code"]) for e in out["errors"]] == [(1, 1002)]
    assert rpc.ok("Users.get", {"query": {}, "domainId": domain})["totalItems"] == 2
    # Too many items at once.
    err = rpc.err("Users.remove", {"userIds": ["01a00000-0000-7000-8000-000000000002"] * 1001})
    assert err["code"] == -32602 and err["data"]["field"] == "userIds"


def test_groups_aliases_templates_tenants_and_domains(server):
    rpc = server.rpc()
    # Tenants
    out = rpc.ok("Tenants.create", {"tenants": [{"kind": "reseller", "name": "Reseller R"}, {"kind": "emperor", "name": "x"}]})
    assert len(out["result"]) == 1 and out["errors"][0]["inputIndex"] == 1 and out["errors"][0]["code"] == -32602
    reseller = out["result"][0]["id"]
    out = rpc.ok("Tenants.create", {"tenants": [{"kind": "customer", "name": "Cust C", "parentId": reseller, "limits": {"maxAccounts": 10}}]})
    customer = out["result"][0]["id"]
    tenants = rpc.ok("Tenants.get", {"query": {"fields": ["id", "name", "kind"], "conditions": [{"fieldName": "parentId", "comparator": "Eq", "value": reseller}]}})
    assert tenants == {"list": [{"id": customer, "name": "Cust C", "kind": "customer"}], "totalItems": 1}
    assert rpc.ok("Tenants.set", {"tenantIds": [customer], "pattern": {"name": "Customer C"}}) == {"errors": []}
    err = rpc.err("Tenants.set", {"tenantIds": [customer], "pattern": {"colour": "red"}})
    assert err["code"] == -32602 and err["data"]["field"] == "pattern.colour"
    # Domains under the customer; limits in Kerio's shapes.
    domain, name = new_domain(rpc, tenantId=customer, outgoingMessageLimit={"isActive": True, "limit": {"value": 20, "units": "MegaBytes"}})
    got = rpc.ok("Domains.get", {"query": {"conditions": [{"fieldName": "id", "comparator": "Eq", "value": domain}]}})["list"][0]
    assert got["tenantId"] == customer and got["outgoingMessageLimit"]["limit"] == {"value": 20, "units": "MegaBytes"}
    assert rpc.ok("Domains.set", {"domainIds": [domain], "pattern": {"description": "Main", "userMaxCount": {"isActive": True, "limit": 3}}}) == {"errors": []}
    got = rpc.ok("Domains.get", {"query": {"fields": ["description", "userMaxCount", "outgoingMessageLimit"], "conditions": [{"fieldName": "id", "comparator": "Eq", "value": domain}]}})["list"][0]
    assert got == {"description": "Main", "userMaxCount": {"isActive": True, "limit": 3},
                   "outgoingMessageLimit": {"isActive": True, "limit": {"value": 20, "units": "MegaBytes"}}}
    users = rpc.ok("Users.create", {"users": [{"domainId": domain, "loginName": n, "password": "Passw0rd-x"} for n in ("ann", "bob")]})
    ann, bob = (r["id"] for r in users["result"])
    # Groups and their members.
    out = rpc.ok("Groups.create", {"groups": [{"domainId": domain, "name": "Sales", "emailAddresses": ["sales"], "members": [ann]},
                                              {"domainId": domain, "name": "Sales"}]})
    group = out["result"][0]["id"]
    assert out["errors"][0]["inputIndex"] == 1 and out["errors"][0]["code"] == 1001
    assert rpc.ok("Groups.addMemberList", {"groupId": group, "userList": [bob]}) == {"errors": []}
    listed = rpc.ok("Groups.get", {"query": {"fields": ["name", "memberCount", "emailAddresses"]}, "domainId": domain})
    assert listed["list"] == [{"name": "Sales", "memberCount": 2, "emailAddresses": ["sales"]}]
    assert rpc.ok("Groups.removeMemberList", {"groupId": group, "userList": [ann]}) == {"errors": []}
    assert rpc.ok("Groups.set", {"groupIds": [group], "pattern": {"description": "Sellers"}}) == {"errors": []}
    assert rpc.ok("Groups.get", {"query": {"fields": ["description", "memberCount"]}, "domainId": domain})["list"] == [{"description": "Sellers", "memberCount": 1}]
    # Aliases in Kerio's shape, and Aliases.check.
    out = rpc.ok("Aliases.create", {"aliases": [
        {"name": "info", "domainId": domain, "deliverTo": f"ann@{name}", "deliverToSelect": "TypeEmailAddress", "description": "Info"},
        {"name": "team", "domainId": domain, "deliverTo": "sales"},
        {"name": "broken", "domainId": domain, "deliverTo": "not an address@@"},
    ]})
    assert [r["inputIndex"] for r in out["result"]] == [0, 1] and out["errors"][0]["inputIndex"] == 2
    info = out["result"][0]["id"]
    check = rpc.ok("Aliases.check", {"checkString": f"team@{name}"})
    assert check["list"] == [f"bob@{name}"] and check["resolution"]["mailboxes"][0]["accountId"] == bob
    assert rpc.err("Aliases.check", {"checkString": "nonsense"})["data"]["field"] == "checkString"
    assert rpc.ok("Aliases.set", {"aliasIds": [info], "pattern": {"deliverTo": f"bob@{name}"}}) == {"errors": []}
    assert rpc.ok("Aliases.get", {"query": {"fields": ["name", "deliverTo", "deliverToSelect"], "conditions": [{"fieldName": "name", "comparator": "Eq", "value": "info"}]}, "domainId": domain})["list"] == [
        {"name": "info", "deliverTo": f"bob@{name}", "deliverToSelect": "TypeEmailAddress"}]
    assert rpc.ok("Aliases.remove", {"aliasIds": [info]}) == {"errors": []}
    # User templates.
    out = rpc.ok("UserTemplates.create", {"userTemplates": [{"domainId": domain, "name": "Small", "defaults": {"quotaBytes": 1000}}]})
    template = out["result"][0]["id"]
    assert rpc.ok("UserTemplates.set", {"userTemplateIds": [template], "pattern": {"description": "1 kB"}}) == {"errors": []}
    templates = rpc.ok("UserTemplates.get", {"query": {"fields": ["name", "description"]}, "domainId": domain})
    assert templates == {"list": [{"name": "Small", "description": "1 kB"}], "totalItems": 1}
    assert rpc.ok("UserTemplates.remove", {"userTemplateIds": [template]}) == {"errors": []}
    # Primary domain, then removal: a non-empty domain needs cascade.
    assert rpc.ok("Domains.setPrimary", {"domainId": domain}) == {}
    assert rpc.ok("Domains.get", {"query": {"fields": ["name"], "conditions": [{"fieldName": "isPrimary", "comparator": "Eq", "value": True}]}})["list"] == [{"name": name}]
    other, _ = new_domain(rpc)
    rpc.ok("Domains.setPrimary", {"domainId": other})
    out = rpc.ok("Domains.remove", {"domainIds": [domain]})
    assert out["errors"][0]["code"] == 1000 and out["errors"][0]["data"]["code"].startswith("has_")
    assert rpc.ok("Domains.remove", {"domainIds": [domain], "cascade": True}) == {"errors": []}
    assert rpc.ok("Tenants.remove", {"tenantIds": [customer, reseller]}) == {"errors": []}


def test_malformed_requests_get_json_rpc_errors(server):
    rpc = server.rpc()
    url = server.base + RPC_PATH

    def raw(body, **kw):
        r = requests.post(url, data=body, headers={"Content-Type": "application/json", "X-Token": rpc.token}, timeout=30, **kw)
        return r

    cases = [
        (b"not json", -32700, None),
        (b'{"jsonrpc": "2.0", "method": "Session.whoAmI", "id": 1', -32700, None),
        (b'"a string"', -32600, None),
        (b"42", -32600, None),
        (b"[]", -32600, None),
        (b'{"method": "Session.whoAmI", "id": 7}', -32600, 7),
        (b'{"jsonrpc": "1.0", "method": "Session.whoAmI", "id": 8}', -32600, 8),
        (b'{"jsonrpc": "2.0", "method": 5, "id": 9}', -32600, 9),
        (b'{"jsonrpc": "2.0", "method": "Session.whoAmI", "id": {"x": 1}}', -32600, None),
        (b'{"jsonrpc": "2.0", "method": "Users.fly", "id": 10}', -32601, 10),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": [1, 2], "id": 11}', -32602, 11),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": "x", "id": 12}', -32600, 12),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": null, "id": 15}', -32600, 15),
        (b'{"jsonrpc": "2.0", "method": 1, "params": "bar"}', -32600, None),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": {"query": {"limit": "ten"}}, "id": 13}', -32602, 13),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": {"domainId": "not-a-uuid"}, "id": 14}', -32602, 14),
        (b'{"jsonrpc": "2.0", "method": "Users.get", "params": {"bogus": 1}, "id": "s"}', -32602, "s"),
    ]
    for body, code, id_ in cases:
        r = raw(body)
        assert r.status_code == 200 and r.headers["Content-Type"] == "application/json", (body, r.status_code)
        reply = r.json()
        assert reply["jsonrpc"] == "2.0" and reply["error"]["code"] == code and reply["id"] == id_, (body, reply)
    assert raw(b'{"jsonrpc": "2.0", "method": "Users.get", "params": {"domainId": "x"}, "id": 1}').json()["error"]["data"]["field"] == "domainId"
    # Batches: replies in order, notifications get none, invalid members get their own error.
    batch = [
        {"jsonrpc": "2.0", "id": 1, "method": "Version.getApiVersion"},
        {"jsonrpc": "2.0", "method": "Version.getApiVersion"},
        {"jsonrpc": "2.0", "id": 2, "method": "Nope.nope"},
        7,
        {"jsonrpc": "2.0", "id": 3, "method": "Users.get", "params": {"query": {"limit": 1}}},
    ]
    replies = raw(json.dumps(batch)).json()
    assert [r.get("id") for r in replies] == [1, 2, None, 3]
    assert replies[0]["result"] == {"apiVersion": 1} and replies[1]["error"]["code"] == -32601
    assert replies[2]["error"]["code"] == -32600 and replies[3]["result"]["totalItems"] >= 1
    # Notifications only: nothing to reply, even when their params are wrong.
    r = raw(json.dumps({"jsonrpc": "2.0", "method": "Users.get", "params": [1]}))
    assert r.status_code == 204 and r.content == b""
    r = raw(json.dumps({"jsonrpc": "2.0", "method": "Version.getApiVersion"}))
    assert r.status_code == 204 and r.content == b""
    r = raw(json.dumps([{"jsonrpc": "2.0", "method": "Version.getApiVersion"}] * 3))
    assert r.status_code == 204 and r.content == b""
    # A huge batch, and a request larger than the server accepts.
    r = raw(json.dumps([{"jsonrpc": "2.0", "id": i, "method": "Version.getApiVersion"} for i in range(101)]))
    assert r.json()["error"]["code"] == -32600 and r.json()["error"]["data"]["code"] == "batch_too_large"
    huge = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "Users.get", "params": {"query": {"fields": ["x" * 1000] * 20000}}})
    r = raw(huge)
    assert r.status_code == 413 and r.json()["error"]["code"] == -32600 and r.json()["error"]["data"]["code"] == "request_too_large"
    # A batch shares one budget: batching does not multiply the per-call bounds.
    ids = ["01a00000-0000-7000-8000-000000000002"] * 600
    replies = raw(json.dumps([{"jsonrpc": "2.0", "id": i, "method": "Users.remove", "params": {"userIds": ids}} for i in (1, 2)])).json()
    assert "result" in replies[0] and len(replies[0]["result"]["errors"]) == 600
    assert replies[1]["error"]["code"] == -32602 and replies[1]["error"]["data"]["code"] == "too_many"
    # The server is still fine.
    assert rpc.ok("Version.getApiVersion") == {"apiVersion": 1}


def test_application_error_codes(server):
    rpc = server.rpc()
    admin = server.admin()
    domain, name = new_domain(rpc, userMaxCount={"isActive": True, "limit": 1})
    rpc.ok("Users.create", {"users": [{"domainId": domain, "loginName": "only", "password": "0nly-pass-1", "role": {"userRole": "AccountAdmin"}}]})
    # 1001 already exists, 1100 limit.
    out = rpc.ok("Domains.create", {"domains": [{"name": name}]})
    assert out["errors"][0]["code"] == 1001
    out = rpc.ok("Users.create", {"users": [{"domainId": domain, "loginName": "second"}]})
    assert out["errors"][0]["code"] == 1100
    # 1002 does not exist.
    assert rpc.err("Domains.setPrimary", {"domainId": "01a00000-0000-7000-8000-000000000009"})["code"] == 1002
    # 1004 access denied: a domain admin may not create domains nor change the server's settings;
    # a read-only key may change nothing.
    dadmin = server.rpc(f"only@{name}", "0nly-pass-1")
    assert dadmin.ok("Session.whoAmI")["effectiveRole"] == {"userRole": "AccountAdmin"}
    out = dadmin.ok("Domains.create", {"domains": [{"name": unique("no") + ".test"}]})
    assert out["errors"][0]["code"] == 1004
    ro = server.rpc_key(admin.ok("POST", "/api-keys", {"name": "ro", "scope": "server", "readOnly": True})["secret"])
    assert ro.ok("Users.get", {"query": {"limit": 1}})["totalItems"] >= 1
    out = ro.ok("Users.set", {"userIds": [rpc.ok("Users.get", {"query": {"fields": ["id"], "limit": 1}})["list"][0]["id"]], "pattern": {"fullName": "x"}})
    assert out["errors"][0]["code"] == 1004
    # 1101 locked out after repeated failures from one address.
    admin.ok("PUT", "/settings/security", {"lockoutThreshold": 3, "lockoutSeconds": 600, "accessTokenSeconds": 900, "refreshTokenSeconds": 86400})
    anon = Rpc(server.base)
    for _ in range(3):
        assert anon.err("Session.login", login_params(password="nope"))["code"] == 1000
    err = anon.err("Session.login", login_params())
    assert err["code"] == 1101 and err["data"]["retryAfter"] > 0


def test_kerio_roles_limits_and_unicode_domains(server):
    rpc = server.rpc()
    admin = server.admin()
    tenant = admin.ok("POST", "/tenants", {"kind": "reseller", "name": "Roles"})
    domain, name = new_domain(rpc, tenantId=tenant["id"])
    boss = admin.ok("POST", f"/domains/{domain}/accounts", {"loginName": "boss", "password": "B0ss-pass1", "tenantAdminOf": tenant["id"]})
    get_role = lambda: rpc.ok("Users.get", {"query": {"fields": ["role", "tenantAdminOf"], "conditions": [  # noqa: E731
        {"fieldName": "id", "comparator": "Eq", "value": boss["id"]}]}})["list"][0]
    assert get_role() == {"role": {"userRole": "TenantAdmin"}, "tenantAdminOf": tenant["id"]}
    # A Kerio tool that sets an ordinary role takes the tenant administration away too.
    assert rpc.ok("Users.set", {"userIds": [boss["id"]], "pattern": {"role": {"userRole": "UserRole"}}}) == {"errors": []}
    assert get_role() == {"role": {"userRole": "UserRole"}, "tenantAdminOf": None}
    err = rpc.err("Users.set", {"userIds": [boss["id"]], "pattern": {"role": {"userRole": "TenantAdmin"}}})
    assert err["code"] == -32602 and err["data"]["field"] == "pattern.role.userRole"
    # Negative limits are refused, not taken as "unlimited".
    err = rpc.err("Users.set", {"userIds": [boss["id"]], "pattern": {"itemLimit": {"isActive": True, "limit": -5}}})
    assert err["code"] == -32602 and err["data"]["field"] == "pattern.itemLimit"
    out = rpc.ok("Domains.set", {"domainIds": [domain], "pattern": {"userMaxCount": {"isActive": True, "limit": -1}}})
    assert out["errors"][0]["code"] == -32602 and out["errors"][0]["data"]["field"] == "pattern.userMaxCount"
    # Domains.set changes the limits it names and keeps the others.
    rpc.ok("Domains.set", {"domainIds": [domain], "pattern": {"aliasMaxCount": {"isActive": True, "limit": 7}}})
    rpc.ok("Domains.set", {"domainIds": [domain], "pattern": {"userMaxCount": {"isActive": True, "limit": 9}}})
    got = rpc.ok("Domains.get", {"query": {"fields": ["userMaxCount", "aliasMaxCount"], "conditions": [{"fieldName": "id", "comparator": "Eq", "value": domain}]}})
    assert got["list"] == [{"userMaxCount": {"isActive": True, "limit": 9}, "aliasMaxCount": {"isActive": True, "limit": 7}}]
    # A Unicode domain name finds its A-label.
    rpc.ok("Domains.create", {"domains": [{"name": "bücher-rpc.test"}]})
    found = rpc.ok("Domains.get", {"query": {"fields": ["name", "unicodeName"], "conditions": [{"fieldName": "name", "comparator": "Eq", "value": "BÜCHER-rpc.test"}]}})
    assert found["list"] == [{"name": "bücher-rpc.test".encode("idna").decode(), "unicodeName": "bücher-rpc.test"}], found


def test_openrpc_and_openapi_describe_the_same_catalogue(server):
    doc = requests.get(f"{server.base}/api/v1/openapi.json", timeout=10).json()
    catalogue = doc["x-jsonrpc"]
    assert catalogue["endpoint"] == RPC_PATH
    names = [m["name"] for m in catalogue["methods"]]
    for required in ("Session.login", "Session.logout", "Session.whoAmI", "Users.get", "Users.create", "Users.set", "Users.remove",
                     "Domains.get", "Domains.setPrimary", "Groups.addMemberList", "Groups.removeMemberList", "Aliases.check",
                     "UserTemplates.get", "Tenants.get", "Server.getVersion", "Version.getApiVersion"):
        assert required in names
    for m in catalogue["methods"]:
        for part in ("params", "result"):
            assert m[part]["$ref"].rsplit("/", 1)[1] in doc["components"]["schemas"], (m["name"], part)
    codes = {e["code"] for e in catalogue["errors"]}
    assert {-32700, -32600, -32601, -32602, -32603, -32001, 1000, 1001, 1002, 1004, 1100, 1101} <= codes
    committed = json.loads((__import__("pathlib").Path(__file__).resolve().parents[2] / "openapi" / "postbay.openrpc.json").read_text())
    assert [m["name"] for m in committed["methods"]] == names


def test_security_settings_and_lockouts_over_json_rpc(server):
    """Issue 16, Builds 1 and 7: the password policy and the per-account / per-address lockout
    settings are set over JSON-RPC as over REST, and the lockouts can be listed and cleared."""
    rpc = server.rpc()
    admin = server.admin()
    settings = rpc.ok("SecuritySettings.get")
    assert settings == admin.ok("GET", "/settings/security")
    assert settings["accountLockoutThreshold"] == 10 and settings["addressDelayThreshold"] == 20
    strict = {**settings, "passwordPolicy": {**settings["passwordPolicy"], "minLength": 14},
              "accountLockoutThreshold": 3}
    assert rpc.ok("SecuritySettings.set", {"settings": strict}) == {}
    assert admin.ok("GET", "/settings/security")["passwordPolicy"]["minLength"] == 14
    d = admin.ok("POST", "/domains", {"name": unique("sec") + ".test"})
    out = rpc.ok("Users.create", {"users": [{"domainId": d["id"], "loginName": "lee", "password": "thirteen-char"}]})
    assert out["errors"][0]["data"] == {"code": "password_too_weak", "field": "users[0].password"}, out
    bad = rpc.err("SecuritySettings.set", {"settings": {**settings, "accountLockoutSeconds": 0}})
    assert bad["data"]["field"] == "settings.accountLockoutSeconds", bad
    # Wrong passwords beyond the threshold lock the account; the lockout shows, and is cleared.
    made = rpc.ok("Users.create", {"users": [{"domainId": d["id"], "loginName": "kim", "password": "a-long-enough-pass"}]})
    assert made["errors"] == [], made
    for _ in range(4):
        r = requests.post(f"{server.base}/api/v1/auth/login", json={"userName": f"kim@{d['name']}", "password": "wrong-guess-123"}, timeout=30)
        assert r.status_code in (401, 429), r.text
    locked = rpc.ok("Lockouts.get")["list"]
    assert [(l["kind"], l["address"]) for l in locked] == [("account", f"kim@{d['name']}")], (locked, admin.ok("GET", "/auth/lockouts"))
    assert rpc.ok("Lockouts.removeAll") == {}
    assert rpc.ok("Lockouts.get")["list"] == []
    # Not for a domain's users.
    user = server.rpc(f"kim@{d['name']}", "a-long-enough-pass")
    assert user.err("SecuritySettings.get")["code"] in (1002, 1004)
