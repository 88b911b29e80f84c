"""Tenant isolation, walked over the OpenAPI document itself: every operation, present and
future, is tried by the admins of one side against the objects of the other side, and by a
read-only key against its own side. A new endpoint is covered without anyone remembering."""

import json
import uuid

import pytest
import requests

from conftest import unique

# Operations that are not about any object: they authenticate or only describe the caller.
PUBLIC = {"login", "refreshSession", "redeemLoginLink"}  # a login link is a credential itself
# Operations that change nothing even though they are not GETs.
NON_MUTATING = {"resolveAddress", "logout", "checkSieveScript"}  # POSTs that change nothing


def load_document(server):
    return requests.get(f"{server.base}/api/v1/openapi.json", timeout=10).json()


def operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                yield path, method, op


def resolve(doc, schema):
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def sample(doc, schema, hint, ids, overrides):
    """A minimal valid value for `schema`; ids and names point at `ids` (the other side)."""
    name = schema.get("$ref", "").rsplit("/", 1)[-1]
    schema = resolve(doc, schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [s for s in schema[key] if s.get("type") != "null"]
            return sample(doc, options[0], hint, ids, overrides) if options else None
    if "allOf" in schema:
        merged = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            part = resolve(doc, part)
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        schema = merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if hint in ids:
        return ids[hint]
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        out = {}
        for prop in props:
            if prop in schema.get("required", []) or prop in ids:
                out[prop] = sample(doc, props[prop], prop, ids, overrides)
        for key, value in overrides.get(name, {}).items():
            if value is None:
                out.pop(key, None)
            else:
                out[key] = value() if callable(value) else value
        return out
    if kind == "array":
        return []
    if kind == "integer":
        return 1
    if kind == "boolean":
        return False
    if kind == "string":
        if schema.get("format") == "uuid":
            return str(uuid.uuid4())
        if schema.get("format") == "date":
            return "2026-01-01"
        if hint in ("address", "target"):
            return ids["address"]
        if hint in ("loginName", "name"):
            return unique("iso")
        return "x"
    return None


def id_map(side):
    return {
        "tenantId": side["customer"]["id"], "parentId": side["reseller"]["id"], "domainId": side["domain"]["id"],
        "accountId": side["user"]["id"], "groupId": side["group"]["id"], "aliasId": side["alias"]["id"],
        "templateId": side["template"]["id"], "apiKeyId": side["key"]["id"], "domainAliasId": side["domainAlias"]["id"],
        "ipGroupId": side["ipGroup"]["id"], "serviceName": "smtp", "queueId": str(uuid.uuid5(uuid.NAMESPACE_DNS, side["domain"]["name"])),
        "timeRangeId": str(uuid.uuid5(uuid.NAMESPACE_URL, side["domain"]["name"])), "eventId": str(uuid.uuid5(uuid.NAMESPACE_OID, side["domain"]["name"])),
        "etrnServerId": str(uuid.uuid5(uuid.NAMESPACE_X500, side["domain"]["name"])),
        "pop3AccountId": side["pop3"]["id"], "sortingRuleId": side["sortingRule"]["id"], "collectionJobId": side["collectionJob"]["id"],
        "dkimKeyId": side["dkimKey"]["id"], "blocklistId": side["blocklist"]["id"],
        "quarantineId": side["quarantined"]["id"], "spamRuleId": side["spamRule"]["id"],
        "attachmentRuleId": side["attachmentRule"]["id"],
        "webhookId": side["webhook"]["id"], "deliveryId": side["webhookDelivery"]["id"], "planId": side["plan"]["id"],
        "appPasswordId": side["appPassword"]["id"], "tokenId": side["accountToken"]["id"],
        "address": f"user@{side['domain']['name']}", "stage": "before",
        "certificateId": str(uuid.uuid5(uuid.NAMESPACE_DNS, "certificate." + side["domain"]["name"])),
    }


def fill(path, ids):
    for key, value in ids.items():
        path = path.replace("{" + key + "}", value)
    return path


def call(api, doc, path, method, op, ids, overrides):
    url = fill(path, ids)
    body = None
    content = op.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        body = sample(doc, content["application/json"]["schema"], "", ids, overrides)
    return api.request(method.upper(), url.removeprefix("/api/v1") if url.startswith("/api/v1") else url, json=body), body


def foreign_markers(side):
    markers = {side[k]["id"] for k in ("reseller", "customer", "domain", "user", "dadmin", "tadmin", "group", "alias", "template", "domainAlias", "key",
                                       "pop3", "sortingRule", "collectionJob", "dkimKey", "webhook")}
    return markers | {side["domain"]["name"], side["domainAlias"]["name"]}


def snapshot(admin, side):
    return json.dumps([
        admin.ok("GET", f"/tenants/{side['reseller']['id']}"), admin.ok("GET", f"/tenants/{side['customer']['id']}"),
        admin.ok("GET", f"/domains/{side['domain']['id']}"), admin.ok("GET", f"/accounts/{side['user']['id']}"),
        admin.ok("GET", f"/groups/{side['group']['id']}"), admin.ok("GET", f"/groups/{side['group']['id']}/members"),
        admin.ok("GET", f"/aliases/{side['alias']['id']}"), admin.ok("GET", f"/user-templates/{side['template']['id']}"),
        admin.ok("GET", f"/domains/{side['domain']['id']}/domain-aliases"), admin.ok("GET", f"/ip-groups/{side['ipGroup']['id']}"),
        sorted(k["id"] for k in admin.ok("GET", "/api-keys")),
        # A POP3 account's settings and rules (its run status changes on its own).
        {k: v for k, v in admin.ok("GET", f"/pop3-accounts/{side['pop3']['id']}").items() if k != "status"},
        admin.ok("GET", f"/pop3-accounts/{side['pop3']['id']}/sorting-rules"),
        # A webhook's settings (its failure clock runs on its own: the ping goes to a closed port).
        {k: v for k, v in admin.ok("GET", f"/webhooks/{side['webhook']['id']}").items() if k != "failingSince"},
        admin.ok("GET", f"/domains/{side['domain']['id']}/dkim-keys"),
        admin.ok("GET", "/quarantine", params={"domainId": side["domain"]["id"]}),
        admin.ok("GET", "/spam-rules", params={"domainId": side["domain"]["id"]}),
        admin.ok("GET", "/attachment-rules", params={"domainId": side["domain"]["id"]}),
        admin.ok("GET", f"/domains/{side['domain']['id']}/spam-settings"),
    ], sort_keys=True)


def domain_name():
    return unique("iso") + ".test"


COMMON_OVERRIDES = {"NewDomain": {"name": domain_name}, "NewDomainAlias": {"name": domain_name}, "NewUserTemplate": {"tenantId": None}}


def test_every_operation_is_isolated(world):
    server, admin, a, b = world["server"], world["admin"], world["a"], world["b"]
    doc = load_document(server)
    before = snapshot(admin, b)
    foreign = id_map(b)
    overrides = {**COMMON_OVERRIDES, "NewApiKey": {"scope": "domain", "tenantId": None},
                 "NewTenant": {"kind": "customer", "parentId": foreign["parentId"]},
                 "BulkAccounts": {"create": [{"domainId": foreign["domainId"], "account": {"loginName": "bulkiso"}}],
                                  "update": [{"id": foreign["accountId"], "patch": {"fullName": "x"}}],
                                  "delete": [foreign["accountId"]]},
                 "BulkAliases": {"create": [{"domainId": foreign["domainId"], "alias": {"name": "bulkiso", "target": "user"}}],
                                 "update": [{"id": foreign["aliasId"], "patch": {"target": "user"}}],
                                 "delete": [foreign["aliasId"]]}}
    actors = {
        "domain admin": a["domainAdminApi"],
        "tenant admin": a["tenantAdminApi"],
        "account": a["userApi"],
        "domain key": server.with_key(a["key"]["secret"]),
        "read-only tenant key": server.with_key(a["roKey"]["secret"]),
    }
    markers = foreign_markers(b)
    checked = 0
    failures = []
    for path, method, op in operations(doc):
        op_id = op["operationId"]
        if op_id in PUBLIC or op_id == "logout":
            continue  # logout takes no ids, and ends the actor's own tokens at once
        targets_foreign = "{" in path
        for actor, api in actors.items():
            r, body = call(api, doc, "/api/v1" + path if not path.startswith("/api/v1") else path, method, op, foreign, overrides)
            checked += 1
            if r.status_code >= 500:
                failures.append(f"{actor} {op_id}: {r.status_code} {r.text[:200]}")
                continue
            leaked = [m for m in markers if m in r.text]
            if leaked and r.status_code < 300:
                failures.append(f"{actor} {op_id}: response shows the other side's data {leaked[:3]}")
            if op_id in ("bulkAccounts", "bulkAliases") and r.status_code == 200:
                # A bulk call answers per item: each item must be refused.
                items = [i for part in r.json().values() for i in part]
                if len(items) != 3 or any(i["status"] not in (403, 404) for i in items):
                    failures.append(f"{actor} {op_id} items: {r.text[:300]}")
                continue
            body_refers = body is not None and any(v in json.dumps(body) for v in foreign.values())
            if (targets_foreign or body_refers) and r.status_code not in (403, 404):
                failures.append(f"{actor} {op_id} ({method.upper()} {path}) with the other side's ids: {r.status_code} {r.text[:200]}")
    assert not failures, "\n".join(failures)
    assert checked >= 5 * 40
    assert snapshot(admin, b) == before, "the other side's objects changed"


def test_read_only_keys_change_nothing(world):
    server, admin, a = world["server"], world["admin"], world["a"]
    doc = load_document(server)
    ro_tenant = server.with_key(a["roKey"]["secret"])
    ro_server = server.with_key(admin.ok("POST", "/api-keys", {"name": "ro", "scope": "server", "readOnly": True})["secret"])
    own = id_map(a)
    before = snapshot(admin, a)
    failures = []
    for path, method, op in operations(doc):
        if method == "get" or op["operationId"] in PUBLIC | NON_MUTATING:
            continue
        for actor, api in (("read-only tenant key", ro_tenant), ("read-only server key", ro_server)):
            r, _ = call(api, doc, path, method, op, own, {**COMMON_OVERRIDES, "NewApiKey": {"scope": "domain", "tenantId": None},
                                                           "NewTenant": {"kind": "customer", "parentId": own["parentId"]}})
            if r.status_code != 403:
                failures.append(f"{actor} {op['operationId']}: {r.status_code} {r.text[:200]}")
    assert not failures, "\n".join(failures)
    assert snapshot(admin, a) == before


@pytest.mark.parametrize("who", ["domainAdminApi", "tenantAdminApi"])
def test_lists_show_only_the_callers_reach(world, who):
    a, b = world["a"], world["b"]
    api = a[who]
    for path in ("/domains", "/accounts", "/groups", "/aliases", "/user-templates", "/api-keys", "/audit-events"):
        r = api.get(path)
        assert r.status_code == 200, (path, r.text)
        assert b["domain"]["name"] not in r.text and b["domain"]["id"] not in r.text, path
    domains = api.ok("GET", "/domains")["items"]
    assert [d["id"] for d in domains] == [a["domain"]["id"]]
    # Filtering by the other side's ids shows nothing either.
    assert api.ok("GET", "/accounts", params={"domainId": b["domain"]["id"]})["items"] == []
    assert api.ok("GET", "/accounts", params={"tenantId": b["reseller"]["id"]})["items"] == []


def test_no_escalation_within_the_callers_own_side(world):
    admin, a = world["admin"], world["a"]
    dadmin, tadmin = a["domainAdminApi"], a["tenantAdminApi"]
    d = a["domain"]["id"]
    # A domain admin cannot take over a tenant admin of its own domain, nor a server admin.
    r = dadmin.patch(f"/accounts/{a['tadmin']['id']}", {"password": "taken-over"})
    assert r.status_code == 403, r.text
    assert dadmin.delete(f"/accounts/{a['tadmin']['id']}").status_code == 403
    root = admin.ok("POST", f"/domains/{d}/accounts", {"loginName": "root3", "password": "r00t-three", "adminRole": "serverReadWrite"})
    for api in (dadmin, tadmin):
        assert api.patch(f"/accounts/{root['id']}", {"password": "mine-now-123"}).status_code == 403
        assert api.patch(f"/accounts/{root['id']}", {"status": "suspended"}).status_code == 403
    # Groups with server rights: only server admins change their membership.
    power = admin.ok("POST", f"/domains/{d}/groups", {"name": "Power", "adminRole": "serverReadWrite"})
    assert dadmin.post(f"/groups/{power['id']}/members", {"accountIds": [a["user"]["id"]]}).status_code == 403
    r = dadmin.post(f"/domains/{d}/accounts", {"loginName": "sneaky", "password": "Sn3aky-pass-1", "groups": [power["id"]]})
    assert r.status_code == 422 and r.json()["field"] == "groups"
    assert dadmin.delete(f"/groups/{power['id']}").status_code == 403
    # Keys cannot mint keys (an IP-limited key could otherwise shed its limit).
    key_api = world["server"].with_key(a["key"]["secret"])
    assert key_api.post("/api-keys", {"name": "child", "scope": "domain", "domainId": d}).status_code == 403


def test_resolution_stops_at_the_callers_reach(world):
    a, b = world["a"], world["b"]
    dadmin = a["domainAdminApi"]
    dadmin.ok("POST", f"/domains/{a['domain']['id']}/aliases", {"name": "probe", "target": f"team@{b['domain']['name']}"})
    r = dadmin.ok("POST", "/addresses/resolve", {"address": f"probe@{a['domain']['name']}"})
    assert r["mailboxes"] == [] and r["external"] == [f"team@{b['domain']['name']}"]
    assert b["user"]["id"] not in str(r)


def test_suspension_reaches_keys_and_nul_bytes_are_refused(world):
    admin, a = world["admin"], world["a"]
    key_api = world["server"].with_key(a["key"]["secret"])
    assert key_api.get("/domains").status_code == 200
    admin.ok("PATCH", f"/tenants/{a['customer']['id']}", {"status": "suspended"})
    assert key_api.get("/domains").status_code == 401
    admin.ok("PATCH", f"/tenants/{a['customer']['id']}", {"status": "active"})
    for params in ({"q": "a\x00b"}, {"externalId": "x\x00"}, {"fullName": "\x00"}):
        r = admin.get("/accounts", params=params)
        assert r.status_code == 422, (params, r.text)
    assert admin.get("/audit-events", params={"actor": "\x00"}).status_code == 422


# --- JSON-RPC: the same walk over the method catalogue in the OpenAPI document -------------

RPC_PUBLIC = {"Session.login", "Session.logout", "Version.getApiVersion"}
RPC_MUTATING = ("create", "set", "remove", "addMemberList", "removeMemberList", "setPrimary")
REFUSED = (1002, 1004)


def rpc_ids(side):
    """Kerio parameter names pointing at one side's objects."""
    return {
        "domainId": side["domain"]["id"], "groupId": side["group"]["id"], "tenantId": side["customer"]["id"],
        "parentId": side["reseller"]["id"], "userIds": [side["user"]["id"]], "groupIds": [side["group"]["id"]],
        "appPasswordId": side["appPassword"]["id"], "tokenId": side["accountToken"]["id"],
        "aliasIds": [side["alias"]["id"]], "domainIds": [side["domain"]["id"]], "tenantIds": [side["customer"]["id"]],
        "userTemplateIds": [side["template"]["id"]], "userList": [side["user"]["id"]],
        "checkString": f"user@{side['domain']['name']}", "address": f"user@{side['domain']['name']}",
        "dkimKeyId": side["dkimKey"]["id"], "blocklistId": side["blocklist"]["id"], "userId": side["user"]["id"],
        "quarantineId": side["quarantined"]["id"], "spamRuleId": side["spamRule"]["id"],
        "attachmentRuleId": side["attachmentRule"]["id"],
    }


def rpc_overrides(side):
    d = side["domain"]["id"]
    return {
        "UsersCreateParams": {"users": [{"domainId": d, "loginName": "rpciso", "password": "Rpc-iso-pass1"}]},
        "GroupsCreateParams": {"groups": [{"domainId": d, "name": "Rpc iso"}]},
        "AliasesCreateParams": {"aliases": [{"domainId": d, "name": "rpciso", "deliverTo": "user"}]},
        "DomainsCreateParams": {"domains": [{"name": domain_name(), "tenantId": side["customer"]["id"]}]},
        "TenantsCreateParams": {"tenants": [{"kind": "customer", "name": "Rpc iso", "parentId": side["reseller"]["id"]}]},
        "UserTemplatesCreateParams": {"userTemplates": [{"domainId": d, "name": "Rpc iso"}]},
        "UsersSetParams": {"pattern": {"fullName": "taken over"}},
        "GroupsSetParams": {"pattern": {"description": "taken over"}},
        "AliasesSetParams": {"pattern": {"description": "taken over"}},
        "DomainsSetParams": {"pattern": {"description": "taken over"}},
        "TenantsSetParams": {"pattern": {"name": "taken over"}},
        "UserTemplatesSetParams": {"pattern": {"description": "taken over"}},
        "IpAddressGroupsCreateParams": {"groups": [{"name": unique("rpciso"), "entries": [{"value": "192.0.2.1"}]}]},
        "IpAddressGroupsSetParams": {"groupIds": [side["ipGroup"]["id"]], "group": {"name": "taken over", "entries": []}},
        "IpAddressGroupsRemoveParams": {"groupIds": [side["ipGroup"]["id"]]},
        "ServicesSetParams": {"serviceIds": ["smtp"], "pattern": {"enabled": False}},
    }


def rpc_params(doc, method, ids, overrides):
    return sample(doc, method["params"], "", ids, overrides)


def refused(reply):
    """Whether a reply refuses the whole call or every item of it."""
    if "error" in reply:
        return reply["error"]["code"] in REFUSED
    result = reply["result"]
    if isinstance(result, dict) and "errors" in result:
        return bool(result["errors"]) and all(e["code"] in REFUSED for e in result["errors"]) and not result.get("result")
    return False


def rpc_actors(world, side):
    server = world["server"]
    name = side["domain"]["name"]
    return {
        "domain admin": server.rpc(f"dadmin@{name}", "Dadm1n-pass"),
        "tenant admin": server.rpc(f"tadmin@{name}", "Tadm1n-pass"),
        "account": server.rpc(f"user@{name}", "Us3r-pass-1"),
        "domain key": server.rpc_key(side["key"]["secret"]),
        "read-only tenant key": server.rpc_key(side["roKey"]["secret"]),
    }


def test_every_rpc_method_is_isolated(world):
    server, admin, a, b = world["server"], world["admin"], world["a"], world["b"]
    doc = load_document(server)
    methods = doc["x-jsonrpc"]["methods"]
    before = snapshot(admin, b)
    foreign = rpc_ids(b)
    overrides = rpc_overrides(b)
    markers = foreign_markers(b)
    failures, checked = [], 0
    for actor, rpc in rpc_actors(world, a).items():
        for method in methods:
            name = method["name"]
            if name in RPC_PUBLIC:
                continue
            params = rpc_params(doc, method, foreign, overrides)
            reply = rpc.call(name, params)
            checked += 1
            if "error" in reply and reply["error"]["code"] == -32603:
                failures.append(f"{actor} {name}: internal error {reply['error']}")
                continue
            if "error" in reply and reply["error"]["code"] == -32602:
                failures.append(f"{actor} {name}: the walk sent invalid params {params}: {reply['error']}")
                continue
            leaked = [m for m in markers if m in json.dumps(reply.get("result"))]
            if leaked:
                failures.append(f"{actor} {name}: result shows the other side's data {leaked[:3]}")
            refers = any(v in json.dumps(params) for v in markers)
            if refers and name.endswith(".get"):
                # Kerio's lists count `totalItems`; the paged ones (certificates, webhooks) hold `items`.
                result = reply.get("result", {})
                count = result["totalItems"] if "totalItems" in result else len(result.get("items", []))
                if count != 0:
                    failures.append(f"{actor} {name} with the other side's domain: {count} items")
            elif refers and not refused(reply):
                failures.append(f"{actor} {name} with the other side's ids: {json.dumps(reply)[:300]}")
    assert not failures, "\n".join(failures)
    assert checked >= 5 * 25
    assert snapshot(admin, b) == before, "the other side's objects changed"


def test_read_only_keys_change_nothing_over_rpc(world):
    server, admin, a = world["server"], world["admin"], world["a"]
    doc = load_document(server)
    ro_server = server.rpc_key(admin.ok("POST", "/api-keys", {"name": "ro", "scope": "server", "readOnly": True})["secret"])
    ro_tenant = server.rpc_key(a["roKey"]["secret"])
    own, overrides = rpc_ids(a), rpc_overrides(a)
    before = snapshot(admin, a)
    failures = []
    for method in doc["x-jsonrpc"]["methods"]:
        if not method["name"].split(".")[1] in RPC_MUTATING:
            continue
        for actor, rpc in (("read-only server key", ro_server), ("read-only tenant key", ro_tenant)):
            reply = rpc.call(method["name"], rpc_params(doc, method, own, overrides))
            denied = "error" in reply and reply["error"]["code"] == 1004 or (
                "result" in reply and reply["result"].get("errors") and all(e["code"] == 1004 for e in reply["result"]["errors"])
                and not reply["result"].get("result"))
            if not denied:
                failures.append(f"{actor} {method['name']}: {json.dumps(reply)[:300]}")
    assert not failures, "\n".join(failures)
    assert snapshot(admin, a) == before
