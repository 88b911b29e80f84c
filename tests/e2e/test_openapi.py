"""The committed OpenAPI document is the one the code generates, and it is fit for SDKs."""

import json
import re
import smtplib
import subprocess

import requests

from conftest import ROOT, postbay_bin


def generated():
    out = subprocess.run([postbay_bin(), "openapi"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def test_committed_document_is_current():
    committed = json.loads((ROOT / "openapi" / "postbay.json").read_text())
    assert committed == generated(), "openapi/postbay.json is stale: run `postbay openapi > openapi/postbay.json`"


def test_committed_openrpc_is_current():
    out = subprocess.run([postbay_bin(), "openrpc"], check=True, capture_output=True, text=True)
    committed = json.loads((ROOT / "openapi" / "postbay.openrpc.json").read_text())
    assert committed == json.loads(out.stdout), "openapi/postbay.openrpc.json is stale: run `postbay openrpc > openapi/postbay.openrpc.json`"


def test_operations_are_sdk_friendly():
    doc = generated()
    ids = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            ids.append(op["operationId"])
            assert re.fullmatch(r"[a-z][A-Za-z0-9]+", op["operationId"]), op["operationId"]
            assert len(op.get("tags", [])) == 1, f"{op['operationId']} needs exactly one tag"
            codes = set(op["responses"])
            if op["operationId"] not in ("login", "refreshSession"):
                assert {"401", "403", "404", "422"} <= codes, f"{op['operationId']} declares its errors"
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                assert "$ref" in body, f"{op['operationId']} body is a named schema"
    assert len(ids) == len(set(ids)), "operationIds are unique"
    required = {"login", "createTenant", "listTenants", "getTenant", "updateTenant", "deleteTenant", "createDomain", "listDomains",
                "getDomain", "updateDomain", "deleteDomain", "createAccount", "listAccounts", "getAccount", "updateAccount",
                "deleteAccount", "createGroup", "listGroups", "getGroup", "updateGroup", "deleteGroup", "createAlias", "listAliases",
                "getAlias", "updateAlias", "deleteAlias", "resolveAddress", "createApiKey", "listApiKeys", "deleteApiKey",
                "listAuditEvents", "getDomainUsage"}
    assert required <= set(ids), required - set(ids)
    assert {"bearer", "apiKey"} <= set(doc["components"]["securitySchemes"])


def test_served_document_matches(server):
    served = requests.get(f"{server.base}/api/v1/openapi.json", timeout=10).json()
    assert served == generated()


def test_declared_query_bounds_are_the_ones_enforced(server):
    """Issue 16, finding 13: what the document declares of a query parameter's range is what
    the server does — the bounds themselves are taken, one past them is refused with the
    parameter named — so SDKs and docs tell the truth. Walks the document: a parameter
    declared later is checked without being listed here."""
    doc = json.loads((ROOT / "openapi" / "postbay.json").read_text())
    admin = server.admin()
    checked = 0
    for path, operations in doc["paths"].items():
        if "{" in path:
            continue
        get = operations.get("get")
        if not get:
            continue
        # Parameters the operation requires are given a valid value (a period's first day).
        required = {p["name"]: "2026-01-01" if p.get("schema", {}).get("format") == "date" else "x"
                    for p in get.get("parameters", []) if p.get("in") == "query" and p.get("required")}
        for param in get.get("parameters", []):
            schema = param.get("schema", {})
            if param.get("in") != "query" or schema.get("type") != "integer":
                continue
            name = param["name"]
            for bound, step in (("minimum", -1), ("maximum", 1)):
                if bound not in schema:
                    continue
                ok = admin.get(path, params={**required, name: schema[bound]})
                assert ok.status_code == 200, f"{path}?{name}={schema[bound]} is declared valid: {ok.status_code} {ok.text}"
                bad = admin.get(path, params={**required, name: schema[bound] + step})
                assert bad.status_code in (400, 422) and bad.json().get("field") == name, \
                    f"{path}?{name}={schema[bound] + step} is declared invalid: {bad.status_code} {bad.text}"
                checked += 1
    assert checked >= 10, checked
    # The one answer login may give beyond success and failure is documented too.
    assert "429" in doc["paths"]["/auth/login"]["post"]["responses"]


def _integer_bounds(doc, schema, prefix=""):
    """(dotted field, minimum, maximum) of every integer in a body schema with a declared range."""
    schemas = doc["components"]["schemas"]

    def resolve(s):
        while "$ref" in s:
            s = schemas[s["$ref"].split("/")[-1]]
        for key in ("oneOf", "anyOf"):
            if key in s:
                options = [resolve(o) for o in s[key] if o.get("type") != "null"]
                if len(options) == 1:
                    return {**{k: v for k, v in s.items() if k != key}, **options[0]}
        return s

    schema = resolve(schema)
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(prop)
        kinds = prop.get("type") if isinstance(prop.get("type"), list) else [prop.get("type")]
        if "integer" in kinds and ("maximum" in prop or "minimum" in prop):
            yield prefix + name, prop.get("minimum"), prop.get("maximum")
        elif "properties" in prop:
            yield from _integer_bounds(doc, prop, prefix + name + ".")


def test_declared_body_bounds_are_the_ones_enforced(server):
    """Issue 16, findings 3 and 13: every integer an account, domain or tenant update declares a
    range for takes its bounds and refuses one past them with the field named — no value the
    document allows fails later (the huge quota that once failed delivery for everyone)."""
    doc = json.loads((ROOT / "openapi" / "postbay.json").read_text())
    admin = server.admin()
    tenant = admin.ok("POST", "/tenants", {"kind": "customer", "name": "Bounds"})
    domain = admin.ok("POST", "/domains", {"name": "bounds.test", "tenantId": tenant["id"]})
    account = admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "b", "password": "B0unds-pass-1"})
    targets = {"/accounts/{accountId}": f"/accounts/{account['id']}", "/domains/{domainId}": f"/domains/{domain['id']}",
               "/tenants/{tenantId}": f"/tenants/{tenant['id']}"}
    checked = 0
    for template, path in targets.items():
        body = doc["paths"][template]["patch"]["requestBody"]["content"]["application/json"]["schema"]
        for field, low, high in _integer_bounds(doc, body):
            def patch(value):
                obj = value
                for part in reversed(field.split(".")):
                    obj = {part: obj}
                return admin.patch(path, obj)
            for bound, beyond in ((low, None if low is None else low - 1), (high, None if high is None else high + 1)):
                if bound is None:
                    continue
                r = patch(bound)
                # Taken, or refused only by a rule between fields that names the other one
                # (a maximum quota needs a default quota under it).
                semantic = r.status_code == 422 and r.json().get("field") not in (None, field)
                assert r.status_code == 200 or semantic, \
                    f"PATCH {template} {field}={bound} is declared valid: {r.status_code} {r.text}"
                r = patch(beyond)
                assert r.status_code == 422 and r.json().get("field") == field, \
                    f"PATCH {template} {field}={beyond} is declared invalid: {r.status_code} {r.text}"
                checked += 1
    assert checked >= 3, checked
    print(f"{checked} declared body bounds checked")
    # Whatever quotas were left set, mail is still delivered to the account.
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    assert client.sendmail("x@remote.test", ["b@bounds.test"], b"Subject: after\r\n\r\nhi\r\n") == {}
    client.quit()


def test_no_two_schema_types_share_a_name():
    """utoipa names a schema after its Rust type and keeps one per name: a second type of the
    same name (say the spam rules' RuleAction and the filter rules') silently replaces the
    first in the document and the SDKs. Every type that derives ToSchema has a name of its own."""
    derive = re.compile(r"#\[derive\(([^)]*)\)\]\s*(?:#\[[^\]]*\]\s*|///[^\n]*\n\s*)*pub (?:struct|enum) (\w+)")
    seen: dict[str, list[str]] = {}
    for path in [*ROOT.joinpath("engine").rglob("*.rs"), *ROOT.joinpath("api").rglob("*.rs")]:
        for m in derive.finditer(path.read_text()):
            if "ToSchema" in m.group(1):
                seen.setdefault(m.group(2), []).append(str(path.relative_to(ROOT)))
    assert len(seen) > 300, "the scan finds the schema types"
    shared = {name: paths for name, paths in seen.items() if len(paths) > 1}
    assert shared == {}, shared
