"""Lifecycle (issue 23): a suspension's reason decides what still works (billing: mail received,
no login; abuse: login and reading, no sending); a delete makes a tenant, domain or account
pending deletion for the grace period (nothing reachable, its mail refused, its name kept) and
a restore brings it back with its mail; the purge job then deletes it for good, leaving only
its usage snapshots and audit entries (the test scans every table of the database)."""

import imaplib
import smtplib

import pytest

from conftest import psql
from helpers import wait_until
from test_imap import PASSWORD, imap
from test_smtp import message, setup_domain
from test_submission import submit

# Tables that keep what describes a purged node on purpose: billing and the audit trail (and
# the audit trail's copy in the logs), and the announcements of it already made.
SURVIVORS = {"usage_snapshots", "audit_events", "log_lines", "webhook_events"}


def rows_naming(server, ids):
    """Every table and uuid column (or uuid array) holding any of `ids`, outside SURVIVORS."""
    columns = psql("SELECT c.table_name || '.' || c.column_name || '.' || c.data_type FROM information_schema.columns c "
                   "JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema "
                   "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.udt_name IN ('uuid', '_uuid')",
                   server.db).split("\n")
    wanted = "ARRAY[" + ",".join(f"'{i}'" for i in ids) + "]::uuid[]"
    found = []
    for entry in columns:
        table, column, kind = entry.split(".")
        if table in SURVIVORS:
            continue
        test = f"{column} && {wanted}" if kind == "ARRAY" else f"{column} = ANY({wanted})"
        n = int(psql(f"SELECT count(*) FROM {table} WHERE {test}", server.db))
        if n:
            found.append(f"{table}.{column}: {n}")
    return found


def receive(server, to):
    """Mail to `to` through the MX port; the reply code of its RCPT (and 250 stored if taken)."""
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    try:
        client.ehlo("sender.test")
        client.mail("sender@remote.test")
        code, _ = client.rcpt(to)
        if code == 250:
            client.data(message("for the record")[1])
        return code
    finally:
        client.quit()


def imap_refused(server, user):
    with pytest.raises(imaplib.IMAP4.error):
        imap(server, user)
    return True


def test_a_suspensions_reason_decides_what_still_works(server):
    w = setup_domain(server)
    admin, alice_id = w["admin"], w["alice"]["id"]
    alice, bob = f"alice@{w['name']}", f"bob@{w['name']}"
    # Billing: no login, mail still received.
    got = admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "suspended", "statusReason": "billing"})
    assert (got["status"], got["statusReason"]) == ("suspended", "billing")
    assert imap_refused(server, alice)
    assert receive(server, alice) == 250
    # Abuse: logs in and reads what came meanwhile, sends nothing: submission refuses its
    # login, and a session opened before the suspension has its message refused.
    admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "active"})
    sender = submit(server, alice, PASSWORD)
    got = admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "suspended", "statusReason": "abuse"})
    assert (got["status"], got["statusReason"]) == ("suspended", "abuse")
    client = imap(server, alice)
    assert client.select("INBOX")[1] == [b"1"]
    client.logout()
    with pytest.raises(smtplib.SMTPDataError) as refused:
        sender.sendmail(alice, [bob], message("spam run")[1])
    assert refused.value.smtp_code == 550 and b"5.7.1" in refused.value.smtp_error
    sender.quit()
    with pytest.raises(smtplib.SMTPAuthenticationError):
        submit(server, alice, PASSWORD)
    assert psql("SELECT count(*) FROM message_contents WHERE summary->>'subject' = 'spam run'", server.db) == "0"
    # A suspension without a reason is an administrator's; a reason only goes with it.
    assert admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "active"})["statusReason"] is None
    assert admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "suspended"})["statusReason"] == "admin"
    r = admin.patch(f"/accounts/{alice_id}", {"status": "active", "statusReason": "billing"})
    assert r.status_code == 422 and (r.json()["code"], r.json()["field"]) == ("reason_without_suspension", "statusReason")
    r = admin.patch(f"/accounts/{alice_id}", {"status": "pendingDeletion"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_status"
    # A domain suspended for billing holds every account in it the same way.
    admin.ok("PATCH", f"/accounts/{alice_id}", {"status": "active"})
    admin.ok("PATCH", f"/domains/{w['domain']['id']}", {"status": "suspended", "statusReason": "billing"})
    assert imap_refused(server, bob)
    assert receive(server, bob) == 250
    # The audit trail says why.
    [event] = admin.ok("GET", "/audit-events", params={"action": "domain.update", "objectId": w["domain"]["id"]})["items"][:1]
    assert event["changes"]["statusReason"] == "billing"


def test_delete_restore_and_purge_an_account(server):
    w = setup_domain(server)
    admin, alice_id, domain = w["admin"], w["alice"]["id"], w["domain"]["id"]
    alice = f"alice@{w['name']}"
    assert receive(server, alice) == 250
    admin.ok("DELETE", f"/accounts/{alice_id}", status=204)
    gone = admin.ok("GET", f"/accounts/{alice_id}")
    assert gone["status"] == "pendingDeletion" and gone["purgeAfter"]
    assert psql(f"SELECT round(extract(epoch FROM purge_after - now()) / 86400) FROM accounts WHERE id = '{alice_id}'", server.db) == "30"
    # Nothing reachable, the name kept, no change but a restore.
    assert alice_id not in [a["id"] for a in admin.ok("GET", "/accounts", params={"domainId": domain})["items"]]
    assert [a["id"] for a in admin.ok("GET", "/accounts", params={"domainId": domain, "status": "pendingDeletion"})["items"]] == [alice_id]
    assert imap_refused(server, alice)
    assert receive(server, alice) == 550
    r = admin.post(f"/domains/{domain}/accounts", {"loginName": "alice", "password": PASSWORD})
    assert r.status_code == 409 and r.json()["code"] == "already_exists"
    r = admin.patch(f"/accounts/{alice_id}", {"fullName": "Still here"})
    assert r.status_code == 409 and r.json()["code"] == "pending_deletion"
    assert admin.delete(f"/accounts/{alice_id}").json()["code"] == "pending_deletion"
    # A domain administrator may delete, but not purge.
    admin.ok("PATCH", f"/accounts/{w['carol']['id']}", {"domainAdmin": True})
    carol = server.login(f"carol@{w['name']}", PASSWORD)
    assert carol.delete(f"/accounts/{w['bob']['id']}", params={"purge": "true"}).status_code == 403
    # Restored: as it was, with its mail.
    back = admin.ok("POST", f"/accounts/{alice_id}/restore")
    assert (back["status"], back["purgeAfter"], back["usage"]["messages"]) == ("active", None, 1)
    client = imap(server, alice)
    assert client.select("INBOX")[1] == [b"1"]
    client.logout()
    r = admin.post(f"/accounts/{alice_id}/restore")
    assert r.status_code == 409 and r.json()["code"] == "not_pending_deletion"
    # A grace period of 0 days: the job purges at once and says what it freed.
    admin.ok("PUT", "/settings/lifecycle", {"deletionGraceDays": 0})
    admin.ok("DELETE", f"/accounts/{alice_id}", status=204)
    wait_until(lambda: admin.get(f"/accounts/{alice_id}").status_code == 404, what="the purge job")
    [purge] = admin.ok("GET", "/audit-events", params={"action": "account.purge", "objectId": alice_id})["items"]
    assert purge["actor"] == "system" and purge["changes"]["freedBytes"] > 0
    assert rows_naming(server, [alice_id]) == []
    # The name is free again.
    admin.ok("POST", f"/domains/{domain}/accounts", {"loginName": "alice", "password": PASSWORD}, status=201)
    r = admin.put("/settings/lifecycle", {"deletionGraceDays": 9999})
    assert r.status_code == 422 and r.json()["field"] == "deletionGraceDays"


def test_a_tenant_is_terminated_restored_and_purged_with_everything_below(world):
    admin, server, a, b = world["admin"], world["server"], world["a"], world["b"]
    user = "user@a-domain.test"
    imap(server, user, "Us3r-pass-1").logout()
    r = admin.delete(f"/tenants/{a['reseller']['id']}")
    assert r.status_code == 409 and r.json()["code"] == "has_tenants"
    admin.ok("DELETE", f"/tenants/{a['reseller']['id']}", params={"cascade": "true"}, status=204)
    assert admin.ok("GET", f"/tenants/{a['reseller']['id']}")["status"] == "pendingDeletion"
    # Everything below is out of reach: logins (mail and API), mail, changes.
    with pytest.raises(imaplib.IMAP4.error):
        imap(server, user, "Us3r-pass-1")
    assert receive(server, user) == 550
    assert server.anonymous().post("/auth/login", {"userName": "tadmin@a-domain.test", "password": "Tadm1n-pass"}).status_code == 401
    r = admin.post(f"/domains/{a['domain']['id']}/accounts", {"loginName": "newcomer"})
    assert r.status_code == 409 and r.json()["code"] == "pending_deletion"
    r = admin.post("/domains", {"name": "more.a-domain.test", "tenantId": a["customer"]["id"]})
    assert r.status_code == 409 and r.json()["code"] == "pending_deletion"
    # Its domain cannot come back before it does.
    r = admin.post(f"/domains/{a['domain']['id']}/restore")
    assert r.status_code == 409 and r.json()["code"] == "not_pending_deletion"
    # Restored: all of it works again; the other side never noticed.
    assert admin.ok("POST", f"/tenants/{a['reseller']['id']}/restore")["status"] == "active"
    imap(server, user, "Us3r-pass-1").logout()
    assert receive(server, user) == 250
    imap(server, "user@b-domain.test", "Us3r-pass-1").logout()
    # Purged at once: not one row of the subtree is left.
    ids = [a[k]["id"] for k in ("reseller", "customer", "domain", "user", "dadmin", "tadmin", "group", "alias", "template",
                                "pop3", "sortingRule", "dkimKey", "spamRule", "attachmentRule", "webhook", "quarantined", "plan")]
    assert rows_naming(server, ids) != []
    admin.ok("DELETE", f"/tenants/{a['reseller']['id']}", params={"cascade": "true", "purge": "true"}, status=204)
    assert admin.get(f"/tenants/{a['reseller']['id']}").status_code == 404
    assert rows_naming(server, ids) == []
    [purge] = admin.ok("GET", "/audit-events", params={"action": "tenant.purge", "objectId": a["reseller"]["id"]})["items"]
    assert purge["changes"]["domainsPurged"] == 1 and purge["changes"]["tenantsPurged"] == 2
    # The other reseller is whole.
    assert admin.ok("GET", f"/tenants/{b['reseller']['id']}")["usage"]["accounts"] == 3
    imap(server, "user@b-domain.test", "Us3r-pass-1").logout()
