"""IP address groups as an admin API resource, and their use by relay control and the SMTP
limits' exemption."""

import smtplib

from test_smtp import copies, message, setup_domain
from test_smtp_security import DEFAULTS
from test_submission import queued


def test_ip_group_resource(server):
    admin = server.admin()
    office = admin.ok("POST", "/ip-groups", {"name": "Office", "entries": [
        {"value": "192.0.2.7", "description": "gateway"}, {"value": "10.0.0.0/8"},
        {"value": "198.51.100.10-198.51.100.20"}, {"value": "2001:db8::/32"}]})
    assert [e["value"] for e in office["entries"]] == ["192.0.2.7", "10.0.0.0/8", "198.51.100.10-198.51.100.20", "2001:db8::/32"]
    trusted = admin.ok("POST", "/ip-groups", {"name": "Trusted", "entries": [{"groupId": office["id"]}, {"value": "127.0.0.1"}]})
    assert admin.ok("GET", f"/ip-groups/{trusted['id']}")["entries"][0] == {"groupId": office["id"], "description": ""}
    assert [g["name"] for g in admin.ok("GET", "/ip-groups")] == ["Office", "Trusted"]
    # Cycles, unknown groups, bad values, duplicates.
    r = admin.put(f"/ip-groups/{office['id']}", {"name": "Office", "entries": [{"groupId": trusted["id"]}]})
    assert r.status_code == 422 and r.json()["code"] == "cycle"
    r = admin.put(f"/ip-groups/{office['id']}", {"name": "Office", "entries": [{"groupId": office["id"]}]})
    assert r.status_code == 422 and r.json()["code"] == "cycle"
    r = admin.post("/ip-groups", {"name": "X", "entries": [{"groupId": "01a00000-0000-7000-8000-000000000001"}]})
    assert r.status_code == 422 and r.json()["code"] == "unknown_group"
    for bad in ("300.1.1.1", "10.0.0.0/40", "10.0.0.9-10.0.0.1", "10.0.0.1-2001:db8::1", "office"):
        r = admin.post("/ip-groups", {"name": "Bad", "entries": [{"value": "127.0.0.1"}, {"value": bad}]})
        assert r.status_code == 422 and r.json()["field"] == "entries[1].value", (bad, r.text)
    # IPv4-mapped IPv6 entries would never match (clients are seen in their IPv4 form).
    r = admin.post("/ip-groups", {"name": "Mapped", "entries": [{"value": "::ffff:10.0.0.0/104"}]})
    assert r.status_code == 422 and r.json()["code"] == "ipv4_mapped", r.text
    r = admin.post("/ip-groups", {"name": "Bad", "entries": [{"value": "127.0.0.1", "groupId": office["id"]}]})
    assert r.status_code == 422 and r.json()["field"] == "entries[0]"
    assert admin.post("/ip-groups", {"name": "office"}).status_code == 409
    # In use: by another group, by the SMTP settings.
    r = admin.delete(f"/ip-groups/{office['id']}")
    assert r.status_code == 409 and r.json()["code"] == "in_use"
    admin.ok("PUT", "/settings/smtp", {**DEFAULTS, "relayGroupId": trusted["id"]})
    r = admin.delete(f"/ip-groups/{trusted['id']}")
    assert r.status_code == 409 and r.json()["code"] == "in_use"
    r = admin.put("/settings/smtp", {**DEFAULTS, "exemptGroupId": "01a00000-0000-7000-8000-000000000001"})
    assert r.status_code == 422 and r.json()["field"] == "exemptGroupId"
    admin.ok("PUT", "/settings/smtp", DEFAULTS)
    assert admin.delete(f"/ip-groups/{trusted['id']}").status_code == 204
    assert admin.delete(f"/ip-groups/{office['id']}").status_code == 204
    # Only server administrators see or change them.
    w = setup_domain(server)
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "da", "password": "Da-pass-123", "domainAdmin": True})
    domain_admin = server.login(f"da@{w['name']}", "Da-pass-123")
    assert domain_admin.get("/ip-groups").status_code == 403
    assert domain_admin.post("/ip-groups", {"name": "Mine"}).status_code == 403


def test_trusted_group_relays_and_exempt_group_skips_limits(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    refused = client.sendmail("app@remote.test", [f"alice@{name}", "friend@outside.test"], body)
    assert list(refused) == ["friend@outside.test"] and refused["friend@outside.test"][0] == 550
    client.quit()
    local = admin.ok("POST", "/ip-groups", {"name": "Local", "entries": [{"value": "127.0.0.0/8"}]})
    admin.ok("PUT", "/settings/smtp", {**DEFAULTS, "relayGroupId": local["id"], "exemptGroupId": local["id"],
                                       "maxMessagesPerHourPerIp": 1})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    ids = []
    for _ in range(3):
        msg_id, body = message()
        assert client.sendmail("app@remote.test", ["friend@outside.test"], body) == {}
        ids.append(msg_id)
    assert all(queued(server, m) == ["friend@outside.test"] for m in ids)
    client.quit()
    # Out of the exemption, the hourly limit applies again.
    admin.ok("PUT", "/settings/smtp", {**DEFAULTS, "relayGroupId": local["id"], "maxMessagesPerHourPerIp": 1})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    first, body = message()
    client.sendmail("app@remote.test", [f"alice@{name}"], body)
    second, body = message()
    try:
        client.sendmail("app@remote.test", [f"alice@{name}"], body)
    except smtplib.SMTPDataError as e:
        assert e.smtp_code == 450
    assert copies(server, first) == 1 and copies(server, second) == 0
    client.close()


def test_open_relay_is_a_server_administrators_choice(server):
    w = setup_domain(server)
    admin = w["admin"]
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    refused = client.sendmail("app@remote.test", [f"alice@{w['name']}", "friend@outside.test"], message()[1])
    assert refused["friend@outside.test"][0] == 550
    client.quit()
    ro_key = admin.ok("POST", "/api-keys", {"name": "ro", "scope": "server", "readOnly": True})["secret"]
    assert server.with_key(ro_key).put("/settings/smtp", {**DEFAULTS, "openRelay": True}).status_code == 403
    admin.ok("PUT", "/settings/smtp", {**DEFAULTS, "openRelay": True})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    assert client.sendmail("app@remote.test", ["friend@outside.test"], body) == {}
    assert queued(server, msg_id) == ["friend@outside.test"]
    client.quit()
