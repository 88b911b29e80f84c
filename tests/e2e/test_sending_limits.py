"""Sending limits (issue 23): messages and recipients per hour and per day by authenticated
submission, for an account, its domain and its tenants at once, counted across nodes; over a
limit the answer is 451 4.7.1 and the tenant's webhooks hear of it once."""

import smtplib

import pytest

from conftest import PG_URL, free_port, psql, start_server, stop_server
from test_smtp import setup_domain
from test_submission import TLS
from webhook_receiver import Receiver


def submit_on(port, user, password):
    client = smtplib.SMTP("127.0.0.1", port, timeout=30)
    client.starttls(context=TLS)
    client.login(user, password)
    return client


def test_the_101st_message_of_the_hour_is_refused_across_two_nodes(server, tmp_path):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    alice = f"alice@{name}"
    admin.ok("PUT", f"/accounts/{w['alice']['id']}/sending-limits", {"messagesPerHour": 100})
    receiver = Receiver()
    hook = admin.ok("POST", "/webhooks", {"url": receiver.url, "events": ["account.sending_limit_hit"]}, status=201)
    other = tmp_path / "node-b"
    other.mkdir()
    port_b = free_port()
    process_b, _ = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{server.db}", "POSTBAY_SUBMISSION_ADDR": f"127.0.0.1:{port_b}",
                                 "POSTBAY_NODE_NAME": "node-b"}, other)
    try:
        node_a = submit_on(server.submission_port, alice, "Passw0rd-x")
        node_b = submit_on(port_b, alice, "Passw0rd-x")
        for n in range(100):
            client = node_a if n % 2 == 0 else node_b
            client.sendmail(alice, [f"bob@{name}"], f"Subject: limited {n}\r\n\r\nbody\r\n")
        for client in (node_a, node_b):
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail(alice, [f"bob@{name}"], "Subject: one too many\r\n\r\nbody\r\n")
            assert refused.value.smtp_code == 451 and b"4.7.1" in refused.value.smtp_error
            assert b"100 messages per hour" in refused.value.smtp_error
        node_a.quit()
        node_b.quit()
        stored = psql(f"SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "
                      f"WHERE m.account_id = '{w['bob']['id']}' AND c.summary->>'subject' LIKE 'limited %'", server.db)
        assert stored == "100"
        assert psql("SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "
                    "WHERE c.summary->>'subject' = 'one too many'", server.db) == "0"
        # Two refusals, one event.
        receiver.wait_for(1)
        [event] = receiver.events(hook["secret"]).values()
        assert event["type"] == "account.sending_limit_hit"
        assert event["data"] == {"id": w["alice"]["id"], "scope": "account", "scopeId": w["alice"]["id"],
                                 "limit": "messagesPerHour", "value": 100}
        assert psql("SELECT count(*) FROM webhook_events WHERE type = 'account.sending_limit_hit'", server.db) == "1"
        # Bob, with no limit, still sends.
        bob = submit_on(server.submission_port, f"bob@{name}", "Passw0rd-x")
        bob.sendmail(f"bob@{name}", [alice], "Subject: free\r\n\r\nbody\r\n")
        bob.quit()
    finally:
        receiver.close()
        assert stop_server(process_b) == 0


def test_each_level_is_set_by_the_level_above_and_all_apply(world):
    a, b, admin, server = world["a"], world["b"], world["admin"], world["server"]
    tadmin, dadmin, user = a["tenantAdminApi"], a["domainAdminApi"], a["userApi"]
    account, domain = a["user"]["id"], a["domain"]["id"]
    # Nobody raises their own: a tenant administrator sets the domains and tenants below it.
    assert tadmin.put(f"/tenants/{a['reseller']['id']}/sending-limits", {"messagesPerDay": 10}).status_code == 403
    assert tadmin.ok("PUT", f"/tenants/{a['customer']['id']}/sending-limits", {"messagesPerDay": 1000}) == {"messagesPerDay": 1000}
    assert tadmin.ok("GET", f"/tenants/{a['reseller']['id']}/sending-limits") == {}
    assert dadmin.put(f"/domains/{domain}/sending-limits", {"messagesPerHour": 5}).status_code == 403
    tadmin.ok("PUT", f"/domains/{domain}/sending-limits", {"recipientsPerHour": 3})
    assert dadmin.ok("GET", f"/domains/{domain}/sending-limits") == {"recipientsPerHour": 3}
    # A domain administrator sets its accounts'; an account reads its own and sets nothing.
    dadmin.ok("PUT", f"/accounts/{account}/sending-limits", {"messagesPerHour": 50, "recipientsPerDay": 500})
    assert user.ok("GET", f"/accounts/{account}/sending-limits") == {"messagesPerHour": 50, "recipientsPerDay": 500}
    assert user.put(f"/accounts/{account}/sending-limits", {}).status_code == 403
    # Another tenant's objects are not found.
    assert b["tenantAdminApi"].get(f"/accounts/{account}/sending-limits").status_code == 404
    r = dadmin.put(f"/accounts/{account}/sending-limits", {"messagesPerHour": -1})
    assert r.status_code == 422 and r.json()["field"] == "messagesPerHour", r.text
    r = dadmin.put(f"/accounts/{account}/sending-limits", {"messagesPerMinute": 1})
    assert r.status_code in (400, 422), r.text
    audit = admin.ok("GET", "/audit-events", params={"objectId": account})["items"]
    assert any(e["action"] == "account.set_sending_limits" for e in audit)

    # The domain's 3 recipients an hour apply beside the account's own 50 messages.
    address = f"user@{a['domain']['name']}"
    client = submit_on(server.submission_port, address, "Us3r-pass-1")
    client.sendmail(address, [address, f"info@{a['domain']['name']}"], "Subject: two\r\n\r\nbody\r\n")
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail(address, [address, f"team@{a['domain']['name']}"], "Subject: four\r\n\r\nbody\r\n")
    assert refused.value.smtp_code == 451 and b"your domain may send 3 recipients per hour" in refused.value.smtp_error
    client.sendmail(address, [address], "Subject: three\r\n\r\nbody\r\n")
    # More recipients than the limit allows at all: retrying cannot help, so it is permanent.
    many = [address, f"info@{a['domain']['name']}", f"team@{a['domain']['name']}", f"dadmin@{a['domain']['name']}"]
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail(address, many, "Subject: too many\r\n\r\nbody\r\n")
    assert refused.value.smtp_code == 550 and b"5.7.1" in refused.value.smtp_error
    client.quit()

    # Lifting them: an empty set is no limit; JSON-RPC sees the same.
    rpc = server.rpc(f"tadmin@{a['domain']['name']}", "Tadm1n-pass")
    assert rpc.ok("Domains.getSendingLimits", {"domainId": domain}) == {"recipientsPerHour": 3}
    assert rpc.ok("Domains.setSendingLimits", {"domainId": domain, "limits": {}}) == {}
    assert rpc.ok("Users.getSendingLimits", {"userId": account})["messagesPerHour"] == 50
    assert rpc.err("Tenants.setSendingLimits", {"tenantId": a["reseller"]["id"], "limits": {}})["code"] in (1002, 1004)
    assert psql(f"SELECT count(*) FROM sending_limits WHERE scope_id = '{domain}'", server.db) == "0"


def test_a_limit_may_suspend_the_account_for_abuse(server):
    """`suspendAccount`: the message the limit refuses also suspends the account for abuse: it
    still logs in and reads, sends nothing more, and its tenant hears `account.suspended`."""
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    alice, alice_id = f"alice@{name}", w["alice"]["id"]
    receiver = Receiver()
    hook = admin.ok("POST", "/webhooks", {"url": receiver.url, "events": ["account.suspended", "account.sending_limit_hit"]},
                    status=201)
    try:
        # The domain's limit, set to suspend: it applies to every account of the domain.
        assert admin.ok("PUT", f"/domains/{w['domain']['id']}/sending-limits",
                        {"messagesPerHour": 2, "suspendAccount": True}) == {"messagesPerHour": 2, "suspendAccount": True}
        client = submit_on(server.submission_port, alice, "Passw0rd-x")
        for n in range(2):
            client.sendmail(alice, [f"bob@{name}"], f"Subject: burst {n}\r\n\r\nbody\r\n")
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail(alice, [f"bob@{name}"], "Subject: burst 2\r\n\r\nbody\r\n")
        assert refused.value.smtp_code == 451
        # Suspended at once: the next message is refused for that, not for the limit.
        with pytest.raises(smtplib.SMTPDataError) as refused:
            client.sendmail(alice, [f"bob@{name}"], "Subject: burst 3\r\n\r\nbody\r\n")
        assert refused.value.smtp_code == 550 and b"suspended" in refused.value.smtp_error
        client.quit()
        account = admin.ok("GET", f"/accounts/{alice_id}")
        assert (account["status"], account["statusReason"]) == ("suspended", "abuse")
        [entry] = admin.ok("GET", "/audit-events", params={"objectId": alice_id, "actor": "system"})["items"]
        assert entry["changes"]["cause"] == "sendingLimit" and entry["changes"]["limit"] == "messagesPerHour"
        receiver.wait_for(2)
        types = sorted(e["type"] for e in receiver.events(hook["secret"]).values())
        assert types == ["account.sending_limit_hit", "account.suspended"]
        # Bob, in the same domain, is counted with her but not suspended by her burst.
        assert admin.ok("GET", f"/accounts/{w['bob']['id']}")["status"] == "active"
    finally:
        receiver.close()
