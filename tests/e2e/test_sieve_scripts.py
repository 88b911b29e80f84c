"""Users' Sieve scripts through the admin API (issue 21): stored only when they compile,
refused with the line and column of the first error, at most one active, the active one not
deletable, bounded in number; the same through JSON-RPC; the user manages their own, an
administrator of another domain reaches none; every change audited."""

from test_imap import PASSWORD
from test_smtp import setup_domain

GOOD = 'require "fileinto";\r\nif header :contains "subject" "report" { fileinto "Reports"; }\r\n'
OTHER = "keep;\r\n"
BAD = 'require "fileinto";\r\nif header :contains "subject" "x" {\r\n  frobnicate;\r\n}\r\n'


def test_scripts_are_checked_stored_and_activated(server):
    w = setup_domain(server)
    admin, alice_id = w["admin"], w["alice"]["id"]
    base = f"/accounts/{alice_id}/sieve-scripts"
    assert admin.ok("GET", base) == {"items": []}
    stored = admin.ok("PUT", f"{base}/main", {"content": GOOD})
    assert stored["name"] == "main" and stored["content"] == GOOD and stored["active"] is False
    assert stored["size"] == len(GOOD.encode())
    # A script with an error is refused, naming where; nothing is stored.
    r = admin.put(f"{base}/broken", {"content": BAD})
    assert r.status_code == 422, r.text
    problem = r.json()
    assert problem["code"] == "invalid_script" and problem["field"] == "content", problem
    assert "line 3, column 3" in problem["detail"] and "frobnicate" in problem["detail"], problem
    assert admin.get(f"{base}/broken").status_code == 404
    # Checking without storing gives the position as fields.
    check = admin.ok("POST", "/sieve-scripts/check", {"content": BAD})
    assert check["valid"] is False and (check["error"]["line"], check["error"]["column"]) == (3, 3), check
    assert admin.ok("POST", "/sieve-scripts/check", {"content": GOOD}) == {"valid": True}
    # Unknown fields and bad names are refused precisely.
    r = admin.put(f"{base}/main", {"content": GOOD, "enabled": True})
    assert r.status_code == 422, r.text
    r = admin.put(f"{base}/{'x' * 129}", {"content": GOOD})
    assert r.status_code == 422 and r.json()["field"] == "name", r.text
    # One active at most: activating another deactivates the first.
    assert admin.ok("POST", f"{base}/main/activate")["active"] is True
    admin.ok("PUT", f"{base}/other", {"content": OTHER, "active": True})
    listed = {s["name"]: s["active"] for s in admin.ok("GET", base)["items"]}
    assert listed == {"main": False, "other": True}, listed
    # The active script cannot be deleted; once inactive it can.
    r = admin.delete(f"{base}/other")
    assert r.status_code == 409 and r.json()["code"] == "script_active", r.text
    admin.ok("PUT", f"{base}/other", {"content": OTHER, "active": False})
    assert admin.delete(f"{base}/other").status_code == 204
    assert admin.delete(f"{base}/other").status_code == 404
    assert admin.post(f"{base}/nothing/activate").status_code == 404
    # Replacing keeps the name and the state, with the new text.
    admin.ok("POST", f"{base}/main/activate")
    replaced = admin.ok("PUT", f"{base}/main", {"content": OTHER})
    assert replaced["content"] == OTHER and replaced["active"] is True
    # Audited.
    events = admin.ok("GET", "/audit-events", params={"objectId": alice_id})["items"]
    actions = {e["action"] for e in events}
    assert {"account.sieveScript.put", "account.sieveScript.activate", "account.sieveScript.delete"} <= actions, actions


def test_the_user_manages_their_own_and_nobody_else_reaches_them(server):
    w = setup_domain(server)
    alice_id, bob_id = w["alice"]["id"], w["bob"]["id"]
    alice = server.login(f"alice@{w['name']}", PASSWORD)
    alice.ok("PUT", f"/accounts/{alice_id}/sieve-scripts/mine", {"content": GOOD, "active": True})
    assert [s["name"] for s in alice.ok("GET", f"/accounts/{alice_id}/sieve-scripts")["items"]] == ["mine"]
    assert alice.get(f"/accounts/{bob_id}/sieve-scripts").status_code == 404
    assert alice.put(f"/accounts/{bob_id}/sieve-scripts/x", {"content": GOOD}).status_code == 404
    other = setup_domain(server)
    other["admin"].ok("POST", f"/domains/{other['domain']['id']}/accounts",
                      {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    stranger = server.login(f"clerk@{other['name']}", "Cl3rk-pass-123")
    assert stranger.get(f"/accounts/{alice_id}/sieve-scripts").status_code == 404
    assert stranger.get(f"/accounts/{alice_id}/sieve-scripts/mine").status_code == 404
    assert stranger.delete(f"/accounts/{alice_id}/sieve-scripts/mine").status_code == 404
    # The domain's own administrator may.
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/accounts",
                  {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = server.login(f"clerk@{w['name']}", "Cl3rk-pass-123")
    assert clerk.ok("GET", f"/accounts/{alice_id}/sieve-scripts/mine")["active"] is True


def test_an_account_keeps_at_most_32_scripts(server):
    w = setup_domain(server)
    admin, base = w["admin"], f"/accounts/{w['alice']['id']}/sieve-scripts"
    for i in range(32):
        admin.ok("PUT", f"{base}/s{i}", {"content": OTHER})
    r = admin.put(f"{base}/one-more", {"content": OTHER})
    assert r.status_code == 409 and r.json()["code"] == "too_many_scripts", r.text
    # Replacing one of them is still allowed.
    admin.ok("PUT", f"{base}/s0", {"content": GOOD})


def test_the_same_through_json_rpc(server):
    w = setup_domain(server)
    rpc, alice_id = server.rpc(), w["alice"]["id"]
    stored = rpc.ok("SieveScripts.set", {"userId": alice_id, "name": "main", "script": {"content": GOOD, "active": True}})
    assert stored["active"] is True
    assert [s["name"] for s in rpc.ok("SieveScripts.get", {"userId": alice_id})["items"]] == ["main"]
    assert rpc.ok("SieveScripts.getScript", {"userId": alice_id, "name": "main"})["content"] == GOOD
    error = rpc.err("SieveScripts.set", {"userId": alice_id, "name": "bad", "script": {"content": BAD}})
    assert "line 3, column 3" in error["message"], error
    check = rpc.ok("SieveScripts.check", {"content": BAD})
    assert check["valid"] is False and check["error"]["line"] == 3
    rpc.ok("SieveScripts.set", {"userId": alice_id, "name": "second", "script": {"content": OTHER}})
    assert rpc.ok("SieveScripts.activate", {"userId": alice_id, "name": "second"})["active"] is True
    rpc.ok("SieveScripts.remove", {"userId": alice_id, "name": "main"})
    assert [s["name"] for s in rpc.ok("SieveScripts.get", {"userId": alice_id})["items"]] == ["second"]
