"""Webhooks (issue 23): tenants' subscriptions, signed as Standard Webhooks (checked with its
reference implementation), delivered at least once from an outbox written with the change,
retried, turned off after a day of failures; a tenant hears only of its own subtree."""

import signal
import smtplib

from conftest import PG_URL, psql, start_server, unique
from helpers import wait_until
from test_smtp import setup_domain
from test_submission import TLS
from webhook_receiver import Receiver

from standardwebhooks.webhooks import Webhook


def deliveries(api, webhook_id, **params):
    return api.ok("GET", f"/webhooks/{webhook_id}/deliveries", params=params)["items"]


def test_each_tenant_hears_its_own_events_signed_retried_and_once(world):
    a, b, admin = world["a"], world["b"], world["admin"]
    ra, rb = Receiver(fail_first=2), Receiver(fail_first=2)
    try:
        hook_a = a["tenantAdminApi"].ok("POST", "/webhooks", {
            "url": ra.url, "events": ["account.created", "account.suspended", "account.deleted"],
            "description": "billing"}, status=201)
        assert hook_a["secret"].startswith("whsec_") and hook_a["tenantId"] == a["reseller"]["id"]
        assert "secret" not in a["tenantAdminApi"].ok("GET", f"/webhooks/{hook_a['id']}")
        hook_b = b["tenantAdminApi"].ok("POST", "/webhooks", {"url": rb.url, "events": ["account.created"]}, status=201)
        # Domain administrators and users have no webhooks.
        assert a["domainAdminApi"].post("/webhooks", {"url": ra.url, "events": ["account.created"]}).status_code == 403
        assert a["userApi"].get("/webhooks").status_code == 403

        made = a["tenantAdminApi"].ok("POST", f"/domains/{a['domain']['id']}/accounts",
                                      {"loginName": unique("hook"), "password": "Hook-pass-1"}, status=201)
        a["tenantAdminApi"].ok("PATCH", f"/accounts/{made['id']}", {"status": "suspended"})
        other = admin.ok("POST", f"/domains/{b['domain']['id']}/accounts", {"loginName": unique("hook"), "password": "Hook-pass-1"},
                         status=201)
        # An alias event nobody subscribed to writes nothing to the outbox.
        admin.ok("POST", f"/domains/{a['domain']['id']}/aliases", {"name": unique("al"), "target": "user"}, status=201)

        # Two failed tries each (503), then delivered: about 12 s of the retry schedule.
        wait_until(lambda: len(deliveries(a["tenantAdminApi"], hook_a["id"], state="delivered")) == 2, timeout=60,
                   what="tenant a's two events delivered")
        wait_until(lambda: len(deliveries(b["tenantAdminApi"], hook_b["id"], state="delivered")) == 1, timeout=60,
                   what="tenant b's event delivered")
        assert psql("SELECT count(*) FROM webhook_events WHERE type LIKE 'alias.%'", world["server"].db) == "0"
        seen_a = ra.events(hook_a["secret"])
        assert sorted(e["type"] for e in seen_a.values()) == ["account.created", "account.suspended"]
        assert all(e["data"]["id"] == made["id"] for e in seen_a.values())
        assert len(ra.received()) == 6  # three tries of each
        created = next(e for e in seen_a.values() if e["type"] == "account.created")
        assert created["data"]["domainId"] == a["domain"]["id"] and created["timestamp"].endswith("Z")
        # Tenant b's receiver heard only of b's account, under its own secret.
        seen_b = rb.events(hook_b["secret"])
        assert [e["data"]["id"] for e in seen_b.values()] == [other["id"]]
        assert b["domain"]["id"] not in str(ra.received()) and made["id"] not in str(rb.received())
        # A's secret does not verify b's deliveries.
        headers, body = rb.received()[0]
        try:
            Webhook(hook_a["secret"]).verify(body, headers)
            raise AssertionError("another tenant's secret verified the delivery")
        except Exception as e:  # noqa: BLE001 - the reference library's verification error
            assert "signature" in str(e).lower()

        log = deliveries(a["tenantAdminApi"], hook_a["id"])
        assert [d["attempts"] for d in log] == [3, 3] and all(d["lastStatus"] == 200 for d in log)
        assert {d["eventType"] for d in log} == {"account.created", "account.suspended"}
        assert b["tenantAdminApi"].get(f"/webhooks/{hook_a['id']}/deliveries").status_code == 404
        assert hook_a["id"] not in b["tenantAdminApi"].get("/webhooks").text
    finally:
        ra.close()
        rb.close()


def test_a_node_killed_mid_delivery_loses_no_event(server, tmp_path):
    """Deliveries in flight when a node is killed are taken again once their claim runs out:
    every event arrives, and once per id after the receiver's deduplication."""
    admin = server.admin()
    receiver = Receiver()
    receiver.hold.clear()  # requests wait unanswered: the node dies with them in flight
    try:
        hook = admin.ok("POST", "/webhooks", {"url": receiver.url, "events": ["account.created"]}, status=201)
        domain = admin.ok("POST", "/domains", {"name": f"{unique('hk')}.test"}, status=201)
        accounts = {admin.ok("POST", f"/domains/{domain['id']}/accounts",
                             {"loginName": f"k{i}", "password": "Hook-pass-1"}, status=201)["id"] for i in range(20)}
        wait_until(lambda: len(receiver.received()) >= 5, what="deliveries in flight")
        server.process.send_signal(signal.SIGKILL)
        server.process.wait()
        receiver.hold.set()
        server.process, server.base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{server.db}", **server.mail_env()}, tmp_path)
        # Deliveries held before the kill may have timed out and moved along the retry
        # schedule (2 s, 10 s, 60 s) besides their 30 s claim: on a loaded machine that is more
        # than a minute and a half (a CI run once took longer than 90 s).
        wait_until(lambda: psql("SELECT count(*) FROM webhook_deliveries WHERE state = 'delivered'", server.db) == "20",
                   timeout=240, what="every delivery done after the restart")
        seen = receiver.events(hook["secret"])
        assert {e["data"]["id"] for e in seen.values()} == accounts
        assert len(seen) == 20
    finally:
        receiver.close()


def test_targets_ping_rotation_redelivery_and_json_rpc(world):
    a, admin, server = world["a"], world["admin"], world["server"]
    receiver = Receiver()
    try:
        api = a["tenantAdminApi"]
        # A tenant's webhook may not point into the server's network (the tests allow
        # 127.0.0.0/8, as an operator may); the server tenant's may.
        r = api.post("/webhooks", {"url": "http://10.0.0.1/in", "events": ["account.created"]})
        assert r.status_code == 422 and r.json()["field"] == "url" and r.json()["code"] == "internal_target", r.text
        server_wide = admin.ok("POST", "/webhooks", {"url": "http://10.0.0.1/in", "events": ["account.created"]}, status=201)
        admin.ok("DELETE", f"/webhooks/{server_wide['id']}", status=204)
        for bad, field in (({"url": "ftp://x.test/", "events": ["account.created"]}, "url"),
                           ({"url": "https://u:p@x.test/", "events": ["account.created"]}, "url"),
                           ({"url": receiver.url, "events": []}, "events"),
                           ({"url": receiver.url, "events": ["account.exploded"]}, "events[0]")):
            r = api.post("/webhooks", bad)
            assert r.status_code == 422 and r.json()["field"] == field, (bad, r.text)
        hook = api.ok("POST", "/webhooks", {"url": receiver.url + "?token=Sekr1t-Tok3n", "events": ["domain.updated"]}, status=201)
        old_secret = hook["secret"]

        ping = api.ok("POST", f"/webhooks/{hook['id']}/ping", status=202)
        assert ping["eventType"] == "webhook.ping" and ping["state"] == "pending"
        receiver.wait_for(1)
        first = receiver.events(old_secret)
        assert [e["type"] for e in first.values()] == ["webhook.ping"]
        assert receiver.received()[0][0]["user-agent"].startswith("Postbay")

        # A rotation: both secrets sign for a day, so the receiver can switch at leisure.
        rotated = api.ok("PATCH", f"/webhooks/{hook['id']}", {"rotateSecret": True})
        assert rotated["secret"] != old_secret
        api.ok("POST", f"/webhooks/{hook['id']}/ping", status=202)
        receiver.wait_for(2)
        headers, body = receiver.received()[-1]
        assert len(headers["webhook-signature"].split(" ")) == 2
        Webhook(old_secret).verify(body, headers)
        Webhook(rotated["secret"]).verify(body, headers)
        # A second rotation waits until the first one's overlap is over.
        r = api.patch(f"/webhooks/{hook['id']}", {"rotateSecret": True})
        assert r.status_code == 409 and r.json()["code"] == "rotation_in_progress", r.text

        # Redelivery: the same message (webhook-id) again, as a new entry of the log.
        again = api.ok("POST", f"/webhooks/{hook['id']}/deliveries/{ping['id']}/redeliver", status=202)
        assert again["eventId"] == ping["eventId"] and again["id"] != ping["id"]
        wait_until(lambda: len(receiver.received()) == 3, what="the redelivery")
        assert receiver.received()[2][0]["webhook-id"] == receiver.received()[0][0]["webhook-id"]

        # Turned off, it is not pinged; its audit entries show the URL without its token.
        api.ok("PATCH", f"/webhooks/{hook['id']}", {"enabled": False})
        r = api.post(f"/webhooks/{hook['id']}/ping")
        assert r.status_code == 409 and r.json()["code"] == "webhook_disabled"
        r = api.post(f"/webhooks/{hook['id']}/deliveries/{ping['id']}/redeliver")
        assert r.status_code == 409 and r.json()["code"] == "webhook_disabled"
        audit = admin.ok("GET", "/audit-events", params={"objectId": hook["id"]})["items"]
        assert {e["action"] for e in audit} >= {"webhook.create", "webhook.update", "webhook.redeliver"}
        assert "Sekr1t-Tok3n" not in str(audit) and "/hooks/in" not in str(audit) and "whsec_" not in str(audit)

        # The same through JSON-RPC.
        rpc = server.rpc(f"tadmin@{a['domain']['name']}", "Tadm1n-pass")
        made = rpc.ok("Webhooks.create", {"url": receiver.url, "events": ["account.deleted"]})
        assert made["secret"].startswith("whsec_")
        listed = rpc.ok("Webhooks.get", {})["items"]
        assert {h["id"] for h in listed} == {hook["id"], made["id"], a["webhook"]["id"]}
        pinged = rpc.ok("Webhooks.ping", {"id": made["id"]})
        wait_until(lambda: rpc.ok("Webhooks.getDeliveries", {"id": made["id"]})["items"][0]["state"] == "delivered",
                   what="the JSON-RPC ping delivered")
        assert rpc.ok("Webhooks.redeliver", {"id": made["id"], "deliveryId": pinged["id"]})["eventId"] == pinged["eventId"]
        rpc.ok("Webhooks.set", {"id": made["id"], "pattern": {"description": "rpc"}})
        assert rpc.ok("Webhooks.getById", {"id": made["id"]})["description"] == "rpc"
        rpc.ok("Webhooks.remove", {"id": made["id"]})
        assert rpc.err("Webhooks.getById", {"id": made["id"]})["code"] == 1002  # does not exist
    finally:
        receiver.close()


def test_a_webhook_failing_for_a_day_is_turned_off_and_its_tenant_told(world):
    a = world["a"]
    api = a["tenantAdminApi"]
    broken, watcher = Receiver(status=500), Receiver()
    try:
        failing = api.ok("POST", "/webhooks", {"url": broken.url, "events": ["account.created"]}, status=201)
        told = api.ok("POST", "/webhooks", {"url": watcher.url, "events": ["webhook.disabled"]}, status=201)
        api.ok("POST", f"/domains/{a['domain']['id']}/accounts", {"loginName": unique("f"), "password": "Hook-pass-1"}, status=201)
        wait_until(lambda: any("lastStatus" in d for d in deliveries(api, failing["id"])), what="a first failed try")
        assert deliveries(api, failing["id"])[0]["lastStatus"] == 500
        # A day passes: the subscription has failed since yesterday, the event is a day old.
        psql(f"UPDATE webhooks SET failing_since = now() - interval '25 hours' WHERE id = '{failing['id']}';"
             f"UPDATE webhook_deliveries SET created_at = now() - interval '24 hours', next_attempt_at = now() "
             f"WHERE webhook_id = '{failing['id']}'", world["server"].db)
        # Another event is waiting for it meanwhile: it is failed with the subscription.
        api.ok("POST", f"/domains/{a['domain']['id']}/accounts", {"loginName": unique("f"), "password": "Hook-pass-1"}, status=201)
        wait_until(lambda: not api.ok("GET", f"/webhooks/{failing['id']}")["enabled"], what="the webhook turned off")
        assert {d["state"] for d in deliveries(api, failing["id"])} == {"failed"}
        off = api.ok("GET", f"/webhooks/{failing['id']}")
        assert off["disabledReason"] == "failing"
        watcher.wait_for(1)
        [event] = watcher.events(told["secret"]).values()
        assert event["type"] == "webhook.disabled" and event["data"]["id"] == failing["id"]
        # Turned on again by its tenant, it starts afresh.
        back = api.ok("PATCH", f"/webhooks/{failing['id']}", {"enabled": True})
        assert back["enabled"] and "disabledReason" not in back and "failingSince" not in back
    finally:
        broken.close()
        watcher.close()


def test_a_mailbox_nearly_full_is_announced_once(world):
    """`account.quota_warning` is written in the delivery's transaction, with the usage, once
    a day like the warning message itself."""
    a, server = world["a"], world["server"]
    receiver = Receiver()
    try:
        hook = a["tenantAdminApi"].ok("POST", "/webhooks", {"url": receiver.url, "events": ["account.quota_warning"]},
                                      status=201)
        world["admin"].ok("PATCH", f"/accounts/{a['user']['id']}", {"quotaMessages": 2})
        address = f"user@{a['domain']['name']}"
        with smtplib.SMTP("127.0.0.1", server.smtp_port) as client:
            for n in range(2):
                client.sendmail("sender@remote.test", [address], f"Subject: fill {n}\r\n\r\nbody\r\n")
        receiver.wait_for(1)
        [event] = receiver.events(hook["secret"]).values()
        assert event["type"] == "account.quota_warning"
        assert event["data"]["id"] == a["user"]["id"] and event["data"]["address"] == address
        assert event["data"]["quotaMessages"] == 2 and event["data"]["usedMessages"] >= 2
        # The warning message itself made the mailbox fuller; no second event today.
        assert psql("SELECT count(*) FROM webhook_events WHERE type = 'account.quota_warning'", server.db) == "1"
    finally:
        receiver.close()


def test_a_failing_collection_is_announced_once(world):
    """`collection.failed` on the first failure of a remote POP3 mailbox, not on each retry."""
    a = world["a"]
    api = a["domainAdminApi"]
    receiver = Receiver()
    try:
        hook = a["tenantAdminApi"].ok("POST", "/webhooks", {"url": receiver.url, "events": ["collection.failed"]}, status=201)
        # Nothing listens on port 9 of loopback.
        box = api.ok("POST", "/pop3-accounts", {"host": "127.0.0.1", "port": 9, "security": "none", "username": "u",
                                                "password": "Pop-secret-1", "delivery": {"mode": "sortingRules"}}, status=201)
        api.ok("POST", "/pop3-collections", {"accountId": box["id"]}, status=202)
        receiver.wait_for(1)
        [event] = receiver.events(hook["secret"]).values()
        assert event["type"] == "collection.failed"
        assert event["data"]["id"] == box["id"] and event["data"]["host"] == "127.0.0.1"
        assert event["data"]["consecutiveFailures"] == 1 and event["data"]["error"]
        assert "Pop-secret-1" not in str(receiver.received())
    finally:
        receiver.close()


def test_a_full_mailbox_and_a_bounce_to_a_local_sender_are_announced(server):
    """`account.quota_full` when a delivery fills a mailbox (once a day), and
    `account.message_bounced` when a local sender gets a bounce: a count, never the content."""
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    receiver = Receiver()
    try:
        hook = admin.ok("POST", "/webhooks", {"url": receiver.url, "events": ["account.quota_full", "account.message_bounced"]},
                        status=201)
        admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"quotaMessages": 1})
        admin.ok("POST", f"/domains/{w['domain']['id']}/groups",
                 {"name": "Team", "addresses": ["team"], "members": [w["bob"]["id"], w["carol"]["id"]]}, status=201)
        with smtplib.SMTP("127.0.0.1", server.smtp_port) as client:
            client.sendmail("sender@remote.test", [f"bob@{name}"], "Subject: fills it\r\n\r\nbody\r\n")
        receiver.wait_for(1)
        # Alice writes to the team: Carol gets it, Bob's full mailbox bounces it back to her.
        alice = f"alice@{name}"
        client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
        client.starttls(context=TLS)
        client.login(alice, "Passw0rd-x")
        client.sendmail(alice, [f"team@{name}"], "Subject: secret plans\r\n\r\nconfidential body\r\n")
        client.quit()
        receiver.wait_for(2)
        events = {e["type"]: e["data"] for e in receiver.events(hook["secret"]).values()}
        assert events["account.quota_full"]["id"] == w["bob"]["id"]
        assert events["account.quota_full"]["usedMessages"] >= 1
        bounced = events["account.message_bounced"]
        assert (bounced["id"], bounced["address"], bounced["failedRecipients"]) == (w["alice"]["id"], alice, 1)
        assert "secret plans" not in str(receiver.received()) and "confidential" not in str(receiver.received())
        assert psql("SELECT count(*) FROM webhook_events WHERE type = 'account.quota_full'", server.db) == "1"
    finally:
        receiver.close()
