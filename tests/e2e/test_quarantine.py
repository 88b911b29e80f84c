"""Issue 18: the quarantine. Spam at the block score (block action `quarantine`) and a user's
spam going out (submission action `quarantine`) are accepted and held, one entry per recipient
domain; a domain's admins list, release (delivered to the Inbox, unfiltered) and delete their
own domain's entries only, over REST and JSON-RPC."""

import threading

from conftest import psql
from test_smtp import copies
from test_spam_filter import GTUBE, folders_of, message, put_settings, send
from test_submission import submit


def entries(api, **params):
    return api.ok("GET", "/quarantine", params=params or None)["items"]


def test_held_spam_is_listed_released_and_deleted_per_domain(server, world):
    admin = world["admin"]
    a, b = world["a"], world["b"]
    psql("DELETE FROM quarantine", server.db)  # the world's own entries
    for side in (a, b):
        # The world's domain rules would keep the two domains in transactions of their own.
        admin.ok("DELETE", f"/spam-rules/{side['spamRule']['id']}")
        admin.ok("DELETE", f"/attachment-rules/{side['attachmentRule']['id']}")
    put_settings(admin, blockAction="quarantine")
    msg_id, spam = message(subject="held", body=f"Win big!\r\n{GTUBE}\r\n")
    # Accepted (250): nothing is stored in a mailbox, one entry per recipient domain.
    assert send(server, ["user@a-domain.test", "user@b-domain.test", "info@a-domain.test"], spam) is None
    assert copies(server, msg_id) == 0
    held = entries(admin)
    assert sorted(e["domainId"] for e in held) == sorted([a["domain"]["id"], b["domain"]["id"]])
    mine = next(e for e in held if e["domainId"] == a["domain"]["id"])
    assert mine["recipients"] == ["user@a-domain.test", "info@a-domain.test"]
    assert mine["reason"] == "spam" and mine["subject"] == "held" and mine["sender"] == "sender@remote.test"
    assert mine["score"] >= 1000 and "GTUBE" in mine["tests"] and mine["clientIp"] == "127.0.0.1"
    assert mine["expiresAt"] > mine["heldAt"]
    theirs = next(e for e in held if e["domainId"] == b["domain"]["id"])
    # The domain admin of a sees a's entry only, and cannot touch b's (not found).
    dadmin = a["domainAdminApi"]
    assert [e["id"] for e in entries(dadmin)] == [mine["id"]]
    assert dadmin.get("/quarantine", params={"domainId": b["domain"]["id"]}).status_code == 404
    for method, path in (("POST", f"/quarantine/{theirs['id']}/release"), ("DELETE", f"/quarantine/{theirs['id']}")):
        r = dadmin.request(method, path)
        assert r.status_code == 404 and r.json()["code"] == "not_found", (method, r.text)
    # A user is no administrator.
    assert a["userApi"].get("/quarantine").status_code == 403
    # Search by subject or sender prefix; filter by reason.
    assert [e["id"] for e in entries(admin, q="hel", domainId=a["domain"]["id"])] == [mine["id"]]
    assert entries(admin, q="nothing-like-it") == []
    assert entries(admin, reason="virus") == []
    # Release: delivered as first addressed (user and its alias: one copy), to the Inbox,
    # unfiltered; the entry is gone; a second release finds nothing.
    # Two releases at once (a double click, two admins): delivered once, the other refused.
    results = []

    def release():
        results.append(dadmin.request("POST", f"/quarantine/{mine['id']}/release"))

    threads = [threading.Thread(target=release) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(r.status_code for r in results)
    assert codes in ([200, 404], [200, 409]), [r.text for r in results]
    released = next(r.json() for r in results if r.status_code == 200)
    assert released == {"deliveredTo": ["user@a-domain.test", "info@a-domain.test"], "notDelivered": []}
    assert copies(server, msg_id) == 1 and folders_of(server, msg_id) == ["inbox"]
    assert dadmin.request("POST", f"/quarantine/{mine['id']}/release").status_code == 404
    # Delete, over JSON-RPC as the other domain's admin.
    rpc = server.rpc("dadmin@b-domain.test", "Dadm1n-pass")
    listed = rpc.ok("Quarantine.get", {})
    assert [e["id"] for e in listed["list"]] == [theirs["id"]]
    assert rpc.ok("Quarantine.remove", {"quarantineId": theirs["id"]}) == {}
    assert entries(admin) == [] and copies(server, msg_id) == 1
    # Both are in the audit log.
    actions = psql("SELECT action FROM audit_events WHERE object_kind = 'quarantined message' ORDER BY id", server.db)
    assert actions.split("\n") == ["quarantine.release", "quarantine.delete"], actions


def test_a_users_spam_going_out_is_held_under_its_domain(server, world):
    admin = world["admin"]
    a = world["a"]
    psql("DELETE FROM quarantine", server.db)  # the world's own entries
    put_settings(admin, submissionAction="quarantine", quarantineRetentionDays=3)
    msg_id, spam = message(subject="outgoing", body=f"{GTUBE}\r\n")
    client = submit(server, "user@a-domain.test", "Us3r-pass-1")
    client.sendmail("user@a-domain.test", ["someone@far-away.test", "user@b-domain.test"], spam)
    client.quit()
    # One entry, under the sender's domain, whoever the recipients are: the other domain's
    # admins never see a's users' mail.
    held = entries(a["domainAdminApi"])
    assert len(held) == 1, held
    entry = held[0]
    assert entry["reason"] == "outbound" and entry["recipients"] == ["someone@far-away.test", "user@b-domain.test"]
    assert entry["domainId"] == a["domain"]["id"]
    assert entries(world["b"]["domainAdminApi"]) == []
    assert "clientIp" not in entry
    days = psql(f"SELECT extract(day FROM expires_at - held_at)::int FROM quarantine WHERE id = '{entry['id']}'", server.db)
    assert days == "3"
    # Nothing was queued for the outside.
    assert psql("SELECT count(*) FROM outbound_queue", server.db) == "0"
    # Past its retention it is no longer listed, and cannot be released.
    psql(f"UPDATE quarantine SET expires_at = now() - interval '1 second' WHERE id = '{entry['id']}'", server.db)
    assert entries(admin) == []
    assert admin.request("POST", f"/quarantine/{entry['id']}/release").status_code == 404

