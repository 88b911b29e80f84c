"""Issue 18: the spam filter's custom rules. An ordered list for the server and one per domain
(managed by the domain's admins), run top-down on mail from other servers: a score, spam, not
spam, reject, discard, stop. Checked when saved; a domain's rules judge its mail alone (its
recipients travel in transactions of their own)."""

import smtplib

from test_smtp import body_of, copies, setup_domain
from test_spam_filter import GTUBE, folders_of, header, message, send


def rule(api, **fields):
    return api.ok("POST", "/spam-rules", fields)


def test_rules_are_checked_when_saved_naming_the_field(server, world):
    admin = world["admin"]
    cases = [
        ({"name": "bad name", "target": "size", "test": "above", "value": "1", "action": "score"}, "name", "invalid_name"),
        ({"name": "R", "target": "body", "test": "matches", "value": "(unclosed", "action": "score"}, "value", "invalid_pattern"),
        ({"name": "R", "target": "size", "test": "contains", "value": "x", "action": "score"}, "test", "invalid_test"),
        ({"name": "R", "target": "header", "test": "exists", "action": "score"}, "header", "invalid_header"),
        ({"name": "R", "target": "from", "test": "containsDomain", "value": "not a domain", "action": "score"}, "value", None),
        ({"name": "R", "target": "size", "test": "above", "value": "1", "action": "score", "score": 1000}, "score", "out_of_range"),
        ({"name": "R", "target": "size", "test": "above", "value": "1", "action": "score", "position": 5}, "position", "out_of_range"),
    ]
    for body, field, code in cases:
        r = admin.post("/spam-rules", json=body)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["field"] == field and (code is None or r.json()["code"] == code), (body, r.json())
    # JSON-RPC names the field under its parameter.
    rpc = server.rpc()
    reply = rpc.call("SpamRules.create", {"rule": {"name": "R", "target": "body", "test": "matches", "value": "(", "action": "score"}})
    assert reply["error"]["data"]["field"] == "rule.value", reply
    # The server's list is the server admins'; a domain admin gets 403, another domain's list is not found.
    dadmin = world["a"]["domainAdminApi"]
    assert dadmin.post("/spam-rules", json={"name": "R", "target": "size", "test": "above", "value": "1", "action": "score"}).status_code == 403
    assert dadmin.get("/spam-rules", params={"domainId": world["b"]["domain"]["id"]}).status_code == 404


def test_server_rules_score_judge_and_run_in_order(server, world):
    admin = world["admin"]
    to = ["user@a-domain.test"]
    statement = rule(admin, name="STATEMENT", target="header", header="Subject", test="contains", value="Statement",
                     action="score", score=6)
    partner = rule(admin, name="PARTNER", target="from", test="containsDomain", value="remote.test", action="notSpam")
    pills = rule(admin, name="PILLS", target="body", test="contains", value="cheap pills", action="reject")
    rule(admin, name="SCREENSAVER", target="attachmentName", test="matches", value=r"\.scr$", action="discard")
    listed = admin.ok("GET", "/spam-rules")["items"]
    assert [r["name"] for r in listed] == ["STATEMENT", "PARTNER", "PILLS", "SCREENSAVER"]
    assert [r["position"] for r in listed] == [0, 1, 2, 3]
    # The score rule hits, then the sender's domain is trusted: never tagged, even GTUBE,
    # and the rules below are not run.
    trusted, spam = message(subject="Your statement", body=f"cheap pills {GTUBE}\r\n")
    assert send(server, to, spam) is None
    status = header(body_of(server, trusted), "X-Spam-Status")
    assert status.startswith("No,") and "STATEMENT" in status and "PARTNER" in status and "PILLS" not in status, status
    assert folders_of(server, trusted) == ["inbox"]
    # Move the reject rule to the top: now it refuses.
    moved = admin.ok("PATCH", f"/spam-rules/{pills['id']}", {"position": 0})
    assert moved["position"] == 0
    assert [r["name"] for r in admin.ok("GET", "/spam-rules")["items"]] == ["PILLS", "STATEMENT", "PARTNER", "SCREENSAVER"]
    refused, spam = message(subject="hello", body="cheap pills\r\n")
    code, text = send(server, to, spam)
    assert code == 550 and text.startswith("5.7.1"), (code, text)
    assert copies(server, refused) == 0
    # Without the trusting rule, the score alone tags (6 >= 5) into Junk.
    admin.ok("PATCH", f"/spam-rules/{partner['id']}", {"enabled": False})
    tagged, content = message(subject="Monthly statement")
    assert send(server, to, content) is None
    assert header(body_of(server, tagged), "X-Spam-Flag") == "YES" and folders_of(server, tagged) == ["junk"]
    # The discard rule drops a screensaver attachment (accepted, not stored).
    dropped, plain = message(subject="pics")
    with_file = plain.replace(b"Subject: pics\r\n", b"Subject: pics\r\nMIME-Version: 1.0\r\n"
                              b"Content-Type: multipart/mixed; boundary=zz\r\n", 1).split(b"\r\n\r\n", 1)[0] + (
        b"\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nlook\r\n--zz\r\nContent-Type: application/octet-stream\r\n"
        b"Content-Disposition: attachment; filename=\"cute.SCR\"\r\n\r\nMZ\r\n--zz--\r\n")
    assert send(server, to, with_file) is None
    assert copies(server, dropped) == 0
    # Deleting closes the gap.
    admin.ok("DELETE", f"/spam-rules/{statement['id']}")
    assert [r["position"] for r in admin.ok("GET", "/spam-rules")["items"]] == [0, 1, 2]


def test_a_domains_rules_judge_its_mail_alone(server, world):
    a, b = world["a"], world["b"]
    third = setup_domain(server)["name"]
    dadmin = a["domainAdminApi"]
    mine = dadmin.ok("POST", "/spam-rules", {"domainId": a["domain"]["id"], "name": "NO_FORBIDDEN", "target": "header",
                                            "header": "Subject", "test": "contains", "value": "forbidden", "action": "reject"})
    assert mine["domainId"] == a["domain"]["id"]
    listed = dadmin.ok("GET", "/spam-rules", params={"domainId": a["domain"]["id"]})["items"]
    assert [r["id"] for r in listed] == [a["spamRule"]["id"], mine["id"]]  # the world's first
    # The other domain's admin neither sees nor touches it.
    other = b["domainAdminApi"]
    for method, path in (("PATCH", f"/spam-rules/{mine['id']}"), ("DELETE", f"/spam-rules/{mine['id']}")):
        r = other.request(method, path, json={} if method == "PATCH" else None)
        assert r.status_code == 404, (method, r.text)
    # To a: refused; to b (no such rule): delivered; to a's alias domain: refused too.
    _, content = message(subject="forbidden fruit")
    assert send(server, ["user@a-domain.test"], content)[0] == 550
    assert send(server, ["user@a-alias.test"], content)[0] == 550
    kept, content = message(subject="forbidden fruit")
    assert send(server, ["user@b-domain.test"], content) is None
    assert copies(server, kept) == 1
    # One transaction for both domains: b's recipient is asked to come in another one.
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, local_hostname="mx.remote.test", timeout=30)
    try:
        client.ehlo("mx.remote.test")
        client.mail("sender@remote.test")
        assert client.rcpt("user@a-domain.test")[0] == 250
        code, text = client.rcpt("user@b-domain.test")
        assert code == 452 and text.startswith(b"4.5.3"), (code, text)
        client.rset()
        # Domains without rules of their own share a transaction as before (b's, made by the
        # world, go first).
        world["admin"].ok("DELETE", f"/spam-rules/{b['spamRule']['id']}")
        world["admin"].ok("DELETE", f"/attachment-rules/{b['attachmentRule']['id']}")
        client.mail("sender@remote.test")
        assert client.rcpt("user@b-domain.test")[0] == 250
        assert client.rcpt(f"alice@{third}")[0] == 250
    finally:
        client.quit()


def test_a_domain_sets_its_own_thresholds(server, world):
    admin = world["admin"]
    a, b = world["a"], world["b"]
    rule(admin, name="MEDIUM", target="header", header="Subject", test="contains", value="medium", action="score", score=3)
    path = f"/domains/{a['domain']['id']}/spam-settings"
    dadmin = a["domainAdminApi"]
    assert dadmin.ok("GET", path) == {}
    saved = dadmin.ok("PUT", path, {"tagScore": 2, "subjectPrefix": "[SPAM] ", "exemptRecipients": ["Boss"]})
    assert saved == {"tagScore": 2, "subjectPrefix": "[SPAM] ", "exemptRecipients": ["boss"]}
    for body, field in (({"tagScore": 11}, "tagScore"), ({"tagScore": 6, "blockScore": 5.5}, "blockScore")):
        r = dadmin.put(path, json=body)
        assert r.status_code == 422 and r.json()["field"] == field, (body, r.text)
    assert dadmin.put(path, json={"tagscore": 1}).status_code == 422
    assert b["domainAdminApi"].get(path).status_code == 404
    assert server.rpc().ok("AntiSpam.getDomain", {"domainId": a["domain"]["id"]})["tagScore"] == 2
    # The same message: spam for a (3 >= 2, its prefix, Junk), not for b (3 < 5).
    for side, spam in ((a, True), (b, False)):
        msg_id, content = message(subject="medium rare")
        assert send(server, [f"user@{side['domain']['name']}"], content) is None
        stored = body_of(server, msg_id)
        assert (header(stored, "X-Spam-Flag") == "YES") == spam, (side["domain"]["name"], stored[:400])
        assert (b"Subject: [SPAM] medium rare" in stored) == spam
        assert folders_of(server, msg_id) == (["junk"] if spam else ["inbox"])
    # Back to the server's settings.
    assert dadmin.ok("PUT", path, {}) == {}
    msg_id, content = message(subject="medium rare")
    assert send(server, ["user@a-domain.test"], content) is None
    assert header(body_of(server, msg_id), "X-Spam-Flag") is None
