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


def test_domain_scripts_run_around_the_users_and_only_its_admins_set_them(server):
    """A domain's "before" script files what its policy holds whatever the user wrote (and stops there);
    the user's script runs otherwise; the "after" script flags what is kept. Set by the
    domain's administrators (REST and JSON-RPC), not by its users nor other domains' admins."""
    import imaplib
    import smtplib
    import ssl

    w = setup_domain(server)
    admin, domain, name = w["admin"], w["domain"]["id"], w["name"]
    base = f"/domains/{domain}/sieve-scripts"
    before = ('require ["fileinto", "mailbox"];\r\n'
              'if header :is "x-customer-class" "hold" { fileinto :create "Quarantined"; stop; }\r\n')
    after = 'require "imap4flags";\r\naddflag "$Seen-by-domain";\r\n'
    w["admin"].ok("POST", f"/domains/{domain}/accounts",
                  {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = server.login(f"clerk@{name}", "Cl3rk-pass-123")
    stored = clerk.ok("PUT", f"{base}/before", {"content": before})
    assert stored["stage"] == "before" and stored["content"] == before, stored
    r = clerk.put(f"{base}/after", {"content": BAD})
    assert r.status_code == 422 and r.json()["code"] == "invalid_script" and "line 3" in r.json()["detail"], r.text
    assert clerk.put(f"{base}/during", {"content": after}).status_code in (400, 404, 422)
    rpc = server.rpc()
    assert rpc.ok("DomainSieveScripts.set", {"domainId": domain, "stage": "after", "script": {"content": after}})["stage"] == "after"
    assert rpc.ok("DomainSieveScripts.get", {"domainId": domain, "stage": "after"})["content"] == after
    # Users and other domains' administrators reach none of it.
    alice = server.login(f"alice@{name}", PASSWORD)
    assert alice.get(f"{base}/before").status_code == 404
    assert alice.put(f"{base}/before", {"content": "keep;"}).status_code == 404
    other = setup_domain(server)
    other["admin"].ok("POST", f"/domains/{other['domain']['id']}/accounts",
                      {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    stranger = server.login(f"clerk@{other['name']}", "Cl3rk-pass-123")
    assert stranger.get(f"{base}/before").status_code == 404
    assert stranger.delete(f"{base}/before").status_code == 404
    actions = [e["action"] for e in admin.ok("GET", "/audit-events", params={"objectId": domain})["items"]]
    assert "domain.sieveScript.put" in actions, actions

    alice.ok("PUT", f"/accounts/{w['alice']['id']}/sieve-scripts/mine",
             {"content": GOOD.replace('"Reports"', ':create "Reports"').replace('"fileinto"', '["fileinto", "mailbox"]'), "active": True})
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port)
    for to, subject, extra in ((f"alice@{name}", "spam offer", "X-Customer-Class: hold\r\n"),
                               (f"alice@{name}", "monthly report", ""),
                               (f"bob@{name}", "hello bob", "")):
        smtp.sendmail("sender@remote.test", [to], f"From: sender@remote.test\r\nTo: {to}\r\nSubject: {subject}\r\n{extra}\r\nx\r\n".encode())
    smtp.quit()

    def folder(user, box):
        imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=ssl._create_unverified_context())
        imap.login(user, PASSWORD)
        typ, n = imap.select(f'"{box}"', readonly=True)
        out = []
        if typ == "OK" and n != [b"0"]:
            _, data = imap.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
            out = [(i[1].decode().split(":", 1)[1].strip(), i[0].decode()) for i in data if isinstance(i, tuple)]
        imap.logout()
        return out

    quarantined = folder(f"alice@{name}", "Quarantined")
    assert [s for s, _ in quarantined] == ["spam offer"] and "$Seen-by-domain" not in quarantined[0][1], quarantined
    reports = folder(f"alice@{name}", "Reports")
    # Filed by the user's script before the after script set its flag: flags go with the
    # actions that come after them (RFC 5232), here the implicit keep only.
    assert [s for s, _ in reports] == ["monthly report"] and "$Seen-by-domain" not in reports[0][1], reports
    # Bob has no script of his own: the domain's scripts run for him too.
    inbox = folder(f"bob@{name}", "INBOX")
    assert [s for s, _ in inbox] == ["hello bob"] and "$Seen-by-domain" in inbox[0][1], inbox
    clerk.ok("DELETE", f"{base}/before")
    assert clerk.get(f"{base}/before").status_code == 404
