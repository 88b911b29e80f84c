"""Usage for billing (issue 23): daily snapshots per account, domain and tenant, with exactly
what was stored, received and sent; read per object or rolled up over a subtree; exported as
CSV and NDJSON; a closed day's export the same however often it is fetched."""

import csv
import io
import json
import smtplib
from datetime import datetime, timedelta, timezone

from conftest import psql
from test_smtp import message, setup_domain
from test_submission import submit


def stored(server, account_id, subject_like):
    """(messages, bytes) of an account's stored copies whose subject matches."""
    out = psql(f"SELECT count(*), coalesce(sum(octet_length(c.body)), 0) FROM messages m "
               f"JOIN message_contents c ON c.id = m.content_id WHERE m.account_id = '{account_id}' "
               f"AND c.summary->>'subject' LIKE '{subject_like}'", server.db)
    count, size = out.split("|")
    return int(count), int(size)


def test_daily_usage_is_exact_rolled_up_and_final_once_the_day_is_over(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    bob, alice = w["bob"]["id"], w["alice"]["id"]
    today = datetime.now(timezone.utc).date()
    yesterday = today - timedelta(days=1)
    # Received from outside: three messages for bob.
    with smtplib.SMTP("127.0.0.1", server.smtp_port) as mx:
        for n in range(3):
            mx.sendmail("sender@remote.test", [f"bob@{name}"], message(subject=f"in {n}", body="x" * (1000 * (n + 1)) + "\r\n")[1])
    # Sent by alice: two messages to bob and carol (four recipients in all).
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    for n in range(2):
        client.sendmail(f"alice@{name}", [f"bob@{name}", f"carol@{name}"],
                        f"From: alice@{name}\r\nTo: bob@{name}\r\nSubject: out {n}\r\n\r\nHello.\r\n")
    client.quit()
    # Yesterday, as the counters recorded it, and not closed yet (the test cannot wait for
    # midnight: the server closed it when it started, before these accounts existed).
    psql(f"DELETE FROM usage_days WHERE day = current_date - 1; DELETE FROM usage_snapshots WHERE day = current_date - 1;"
         f"INSERT INTO daily_counters (day, scope, name, value) VALUES "
         f"(current_date - 1, '{bob}', 'usage.messages_received', 7), (current_date - 1, '{bob}', 'usage.bytes_received', 7000)",
         server.db)

    taken = admin.ok("POST", "/usage/snapshot")
    assert taken["accounts"] >= 3
    [row] = admin.ok("GET", "/usage", params={"from": today.isoformat(), "accountId": bob})["items"]
    received = stored(server, bob, "%")
    assert (row["messagesReceived"], row["bytesReceived"]) == received, (row, received)
    assert row["storageMessages"] == received[0] and row["storageBytes"] > 0 and row["peakStorageBytes"] >= row["storageBytes"]
    assert row["activeMailboxes"] == 1 and row["closed"] is False and row["name"] == f"bob@{name}"
    [sent] = admin.ok("GET", "/usage", params={"from": today.isoformat(), "accountId": alice})["items"]
    assert (sent["messagesSent"], sent["recipientsSent"]) == (2, 4)
    # What alice sent is what the submission listener accepted (with its Received header); the
    # copies stored for bob also carry the spam filter's X-Spam-* headers, added after.
    bodies = psql(f"SELECT encode(c.body, 'hex') FROM messages m JOIN message_contents c ON c.id = m.content_id "
                  f"WHERE m.account_id = '{bob}' AND c.summary->>'subject' LIKE 'out %'", server.db).split("\n")
    accepted = sum(len(b"".join(line for line in bytes.fromhex(b).splitlines(keepends=True) if not line.startswith(b"X-Spam-")))
                   for b in bodies)
    assert sent["bytesSent"] == accepted

    # Roll-ups: the domain is the sum of its accounts; the level lists each account of it.
    accounts = admin.ok("GET", "/usage", params={"from": today.isoformat(), "domainId": w["domain"]["id"], "level": "account"})["items"]
    assert {r["name"] for r in accounts} == {f"{u}@{name}" for u in ("alice", "bob", "carol")}
    [domain] = admin.ok("GET", "/usage", params={"from": today.isoformat(), "domainId": w["domain"]["id"]})["items"]
    for field in ("storageBytes", "messagesReceived", "bytesReceived", "messagesSent", "recipientsSent", "activeMailboxes"):
        assert domain[field] == sum(r[field] for r in accounts), field

    # Yesterday is closed by that pass: final, and its export is byte for byte the same later.
    params = {"from": yesterday.isoformat(), "to": yesterday.isoformat(), "domainId": w["domain"]["id"], "level": "account"}
    first = admin.get("/usage/export", params=params)
    assert first.status_code == 200 and first.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(first.text)))
    mine = next(r for r in rows if r["id"] == bob)
    assert (mine["messagesReceived"], mine["bytesReceived"], mine["closed"]) == ("7", "7000", "true")
    with smtplib.SMTP("127.0.0.1", server.smtp_port) as mx:
        mx.sendmail("sender@remote.test", [f"bob@{name}"], message(subject="later")[1])
    admin.ok("POST", "/usage/snapshot")
    assert admin.get("/usage/export", params=params).content == first.content
    later = admin.ok("GET", "/usage", params={"from": today.isoformat(), "accountId": bob})["items"][0]
    assert later["messagesReceived"] == row["messagesReceived"] + 1

    # NDJSON, the same rows; a period and one object at most.
    lines = admin.get("/usage/export", params={**params, "format": "ndjson"}).text.splitlines()
    assert [json.loads(x)["id"] for x in lines] == [r["id"] for r in rows]
    r = admin.get("/usage", params={"from": today.isoformat(), "to": yesterday.isoformat()})
    assert r.status_code == 422 and r.json()["field"] == "to"
    # Each object named narrows: bob's rows within his domain, none within another tenant.
    assert len(admin.ok("GET", "/usage", params={"from": today.isoformat(), "accountId": bob, "domainId": w["domain"]["id"]})["items"]) == 1
    assert admin.get("/usage").json()["field"] == "from"

    # The same through JSON-RPC.
    rpc = server.rpc()
    assert rpc.ok("Usage.get", {"from": today.isoformat(), "accountId": bob})["items"][0]["messagesReceived"] == later["messagesReceived"]


def test_usage_stays_within_reach_and_survives_the_account(world):
    a, b, admin = world["a"], world["b"], world["admin"]
    today = datetime.now(timezone.utc).date().isoformat()
    admin.ok("POST", "/usage/snapshot")
    # A tenant administrator sees its own subtree's rows only, whatever it names.
    mine = a["tenantAdminApi"].ok("GET", "/usage", params={"from": today, "tenantId": a["reseller"]["id"], "level": "account"})["items"]
    assert mine and all(r["name"].endswith("@a-domain.test") for r in mine)
    assert a["tenantAdminApi"].ok("GET", "/usage", params={"from": today, "accountId": b["user"]["id"]})["items"] == []
    assert a["domainAdminApi"].ok("GET", "/usage", params={"from": today, "tenantId": b["reseller"]["id"], "level": "account"})["items"] == []
    assert a["userApi"].get("/usage", params={"from": today}).status_code == 403
    assert a["tenantAdminApi"].post("/usage/snapshot").status_code == 403
    # A purged account's day stays billable.
    admin.ok("DELETE", f"/accounts/{a['user']['id']}", params={"purge": "true"}, status=204)
    admin.ok("POST", "/usage/snapshot")
    [row] = admin.ok("GET", "/usage", params={"from": today, "accountId": a["user"]["id"]})["items"]
    assert row["name"] == "user@a-domain.test"
