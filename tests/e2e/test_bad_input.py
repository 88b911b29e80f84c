"""Bad input gets a precise 4xx problem+json naming the field; no input produces a 5xx."""

import random

import requests

from conftest import PRIMARY
from test_isolation import load_document, operations


def problem(r, status, code=None, field=None):
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == status and body["code"]
    if code:
        assert body["code"] == code, body
    if field:
        assert body.get("field") == field, body
    return body


def test_malformed_and_mistyped_bodies_name_the_field(server):
    admin = server.admin()
    raw = lambda path, data: admin.request("POST", path, data=data, headers={"Content-Type": "application/json"})
    problem(raw("/tenants", b"{not json"), 400, "malformed_json")
    problem(raw("/tenants", b""), 400, "malformed_json")
    problem(admin.post("/tenants", {"kind": "customer", "name": "x", "colour": "red"}), 422, "invalid_field", "colour")
    problem(admin.post("/tenants", {"kind": "customer", "name": "x", "limits": {"maxAccounts": "many"}}), 422, "invalid_field", "limits.maxAccounts")
    problem(admin.post("/tenants", {"kind": "emperor", "name": "x"}), 422, "invalid_field", "kind")
    problem(admin.post("/tenants", {"kind": "customer"}), 422, "invalid_field")
    problem(admin.post("/tenants", {"kind": "customer", "name": "x" * 129}), 422, "too_long", "name")
    problem(admin.post("/tenants", {"kind": "customer", "name": "x", "limits": {"maxDomains": -1}}), 422, "out_of_range", "limits.maxDomains")
    problem(admin.post("/domains", {"name": "no_underscores.test"}), 422, "invalid_domain_name", "name")
    problem(admin.post("/domains", {"name": "a" * 300 + ".test"}), 422, "invalid_domain_name", "name")
    primary = next(d for d in admin.ok("GET", "/domains")["items"] if d["name"] == PRIMARY)
    accounts = f"/domains/{primary['id']}/accounts"
    problem(admin.post(accounts, {"loginName": "jiří"}), 422, "invalid_local_part", "loginName")
    problem(admin.post(accounts, {"loginName": "ok", "forwardTo": ["fine@x.example", "not-an-address"]}), 422, "invalid_address", "forwardTo[1]")
    problem(admin.post(accounts, {"loginName": "ok", "addresses": ["good", "bad one"]}), 422, "invalid_local_part", "addresses[1]")
    problem(admin.post(accounts, {"loginName": "ok", "password": ""}), 422, "empty_password", "password")
    problem(admin.post(accounts, {"loginName": "ok", "passwordHash": "$1$md5$nope"}), 422, "unsupported_password_hash", "passwordHash")
    problem(admin.post(accounts, {"loginName": "ok", "quotaBytes": -5}), 422, "out_of_range", "quotaBytes")
    problem(admin.post(accounts, {"loginName": "ok", "fullName": "bad\u0000name"}), 422, "invalid_characters", "fullName")
    problem(admin.post(accounts, {"loginName": "ok", "forwardTo": [f"u{n}@x.example" for n in range(51)]}), 422, "too_many", "forwardTo")
    problem(admin.post("/addresses/resolve", {"address": "nobody"}), 422, "invalid_address", "address")


def test_bad_paths_queries_and_sizes(server):
    admin = server.admin()
    problem(admin.get("/accounts/not-a-uuid"), 400, "invalid_path_parameter")
    problem(admin.get("/accounts/00000000-0000-0000-0000-000000000000"), 404, "not_found")
    problem(admin.get("/accounts", params={"limit": "lots"}), 400, "invalid_query_parameter", "limit")
    problem(admin.get("/accounts", params={"limit": 0}), 422, "out_of_range", "limit")
    problem(admin.get("/accounts", params={"limit": 1001}), 422, "out_of_range", "limit")
    problem(admin.get("/accounts", params={"q": "x" * 129}), 422, "too_long", "q")
    problem(admin.get("/accounts", params={"sort": "sideways"}), 400, "invalid_query_parameter", "sort")
    problem(admin.get("/no/such/endpoint"), 404, "no_route")
    huge = {"kind": "customer", "name": "x", "externalId": "y" * (5 * 1024 * 1024)}
    problem(admin.post("/tenants", huge), 413, "body_too_large")
    problem(admin.post("/tenants", huge, headers={"Idempotency-Key": "big"}), 413, "body_too_large")
    problem(server.anonymous().get("/domains"), 401, "unauthenticated")
    problem(requests.get(f"{server.base}/api/v1/domains", headers={"Authorization": "Bearer nonsense"}, timeout=10), 401)
    problem(admin.post("/tenants", {"kind": "customer", "name": "k"}, headers={"Idempotency-Key": "k" * 300}), 400, "invalid_idempotency_key")


def test_no_input_produces_a_server_error(server):
    """Every operation, fed a spread of hostile bodies and parameters, answers 4xx or success."""
    admin = server.admin()
    doc = load_document(server)
    rng = random.Random(7)
    values = [None, True, -1, 0, 2**63, 1.5, "", "x" * 5000, "\u0000", "'; DROP TABLE accounts; --", "../../etc/passwd",
              "*", "%", "\\", [], [None], {}, {"a": {"b": {"c": []}}}, "00000000-0000-0000-0000-000000000000", "ünïcødé.test"]
    bodies = [b"[]", b"null", b"123", b'"str"', b"{\"a\":", b"\xff\xfe", b"{}" * 1000]
    failures = []
    for path, method, op in operations(doc):
        if op["operationId"] in ("unlockAll", "logout"):
            continue
        url = path.replace("{", "").replace("}", "")  # placeholders become non-uuid path segments
        for value in values:
            props = {}
            schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            if "$ref" in schema:
                props = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]].get("properties", {})
            body = {name: (value if rng.random() < 0.7 else rng.choice(values)) for name in props} or value
            for target in (url, path.replace("{domainId}", "00000000-0000-0000-0000-000000000000")):
                params = {p["name"]: value if isinstance(value, str) else str(value) for p in op.get("parameters", []) if p.get("in") == "query"}
                r = admin.request(method.upper(), target, json=body, params=params)
                if r.status_code >= 500:
                    failures.append(f"{op['operationId']} {target} {str(body)[:80]}: {r.status_code} {r.text[:200]}")
        for raw in bodies:
            try:
                r = admin.request(method.upper(), url, data=raw, headers={"Content-Type": "application/json"})
            except requests.ConnectionError as e:
                failures.append(f"{op['operationId']} raw {raw[:20]!r}: connection dropped: {e}")
                continue
            if r.status_code >= 500:
                failures.append(f"{op['operationId']} raw {raw[:20]!r}: {r.status_code}")
    assert not failures, "\n".join(failures[:20])


def test_bodies_must_say_they_are_json_and_responses_are_not_kept(server):
    admin = server.admin()
    body = b'{"kind": "customer", "name": "typed"}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"):
        r = admin.request("POST", "/tenants", data=body, headers={"Content-Type": content_type})
        problem(r, 415, "unsupported_media_type")
    r = requests.post(f"{server.base}/api/v1/tenants", data=body, timeout=30,
                      headers={"Authorization": admin.session.headers["Authorization"]})
    problem(r, 415, "unsupported_media_type")
    assert admin.request("POST", "/tenants", data=body, headers={"Content-Type": "application/json; charset=utf-8"}).status_code == 201
    # Token responses (and every other) are not cached, sniffed or framed.
    login = requests.post(f"{server.base}/api/v1/auth/login", json={"userName": "admin", "password": "Adm1n-secret"}, timeout=30)
    for r in (login, admin.get("/tenants"), requests.get(f"{server.base}/api/v1/nowhere", timeout=30)):
        assert r.headers["Cache-Control"] == "no-store", r.headers
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["X-Frame-Options"] == "DENY"
        assert "default-src 'none'" in r.headers["Content-Security-Policy"]
    # Behind a TLS proxy the JSON-RPC session cookie is Secure; over plain HTTP it cannot be.
    rpc_login = {"jsonrpc": "2.0", "id": 1, "method": "Session.login",
                 "params": {"userName": "admin", "password": "Adm1n-secret", "application": {"name": "t", "vendor": "t", "version": "1"}}}
    plain = requests.post(f"{server.base}/admin/api/jsonrpc/", json=rpc_login, timeout=30)
    proxied = requests.post(f"{server.base}/admin/api/jsonrpc/", json=rpc_login, timeout=30, headers={"X-Forwarded-Proto": "https"})
    assert "Secure" not in plain.headers["Set-Cookie"] and "HttpOnly" in plain.headers["Set-Cookie"]
    assert "; Secure" in proxied.headers["Set-Cookie"]
    assert proxied.headers["Cache-Control"] == "no-store"
