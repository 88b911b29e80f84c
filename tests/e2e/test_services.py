"""The services resource: the mail listeners' addresses, on/off, connection limit and allowed
IP group, changed through the API and applied by the running server without a restart."""

import smtplib
import socket

from conftest import free_port
from test_smtp import Raw, copies, message, setup_domain
from helpers import wait_until


def banner(port, timeout=3.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        return s.recv(200)


def refused(port) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return False
    except ConnectionRefusedError:
        return True


def test_services_follow_the_api_without_a_restart(server, tmp_path):
    admin = server.admin()
    listed = {s["name"]: s for s in admin.ok("GET", "/services")}
    assert listed["smtp"] == {"name": "smtp", "enabled": True, "addresses": [f"127.0.0.1:{server.smtp_port}"],
                              "maxConnections": 0, "maxConnectionsPerIp": 0, "allowedGroupId": None, "source": "config"}
    assert set(listed) == {"smtp", "submission", "submissions", "pop3", "pop3s", "imap", "imaps", "managesieve"}
    w = setup_domain(server)
    old, new = server.smtp_port, free_port()

    # A second address, then only the new one; a session open on the old one finishes its mail.
    changed = admin.ok("PATCH", "/services/smtp", {"addresses": [f"127.0.0.1:{old}", f"127.0.0.1:{new}"]})
    assert changed["source"] == "database"
    wait_until(lambda: banner(new).startswith(b"220 "))
    session = Raw(old)
    session.cmd("EHLO client.example")
    admin.ok("PATCH", "/services/smtp", {"addresses": [f"127.0.0.1:{new}"]})
    wait_until(lambda: refused(old))
    assert session.cmd("MAIL FROM:<a@remote.test>").startswith("250")
    assert session.cmd(f"RCPT TO:<bob@{w['name']}>").startswith("250")
    session.cmd("DATA")
    session.send(b"Message-ID: <moved@x>\r\n\r\nstill here\r\n.\r\n")
    assert session.read().startswith("250")
    session.close()
    assert copies(server, "moved@x") == 1
    client = smtplib.SMTP("127.0.0.1", new)
    msg_id, body = message()
    client.sendmail("a@remote.test", [f"bob@{w['name']}"], body)
    client.quit()
    assert copies(server, msg_id) == 1

    # Off and on again.
    admin.ok("PATCH", "/services/submission", {"enabled": False})
    wait_until(lambda: refused(server.submission_port))
    admin.ok("PATCH", "/services/submission", {"enabled": True})
    wait_until(lambda: banner(server.submission_port).startswith(b"220 "))

    # Only an IP group: others are told 554; a change to the group applies too.
    group = admin.ok("POST", "/ip-groups", {"name": "customers", "entries": [{"value": "192.0.2.0/24"}]})
    admin.ok("PATCH", "/services/smtp", {"allowedGroupId": group["id"]})
    wait_until(lambda: banner(new).startswith(b"554 5.7.1"))
    r = admin.delete(f"/ip-groups/{group['id']}")
    assert r.status_code == 409 and r.json()["code"] == "in_use", r.text
    admin.ok("PUT", f"/ip-groups/{group['id']}", {"name": "customers", "entries": [{"value": "127.0.0.1"}]})
    wait_until(lambda: banner(new).startswith(b"220 "))
    admin.ok("PATCH", "/services/smtp", {"allowedGroupId": None})

    # A connection limit: the third client waits for a free slot.
    admin.ok("PATCH", "/services/smtp", {"maxConnections": 2})

    def third_waits():
        opened = []
        try:
            opened.append(Raw(new))
            opened.append(Raw(new))
            waiting = socket.create_connection(("127.0.0.1", new), timeout=1.5)
            opened.append(waiting)
            try:
                waiting.recv(200)
            except socket.timeout:
                return opened[:2], waiting
        except OSError:
            pass
        # Served (the listener with the old limit was still accepting) or refused: try again,
        # with every socket of this try closed.
        for c in opened:
            c.close()
        return None

    held, waiting = wait_until(third_waits, timeout=15, what="a third connection to wait for a slot")
    held[0].close()
    waiting.settimeout(10)
    assert waiting.recv(200).startswith(b"220 ")
    waiting.close()
    held[1].close()

    # What was changed through the API outlives a restart with the old configuration.
    server.restart(tmp_path)
    assert refused(old)
    assert banner(new).startswith(b"220 ")
    assert server.admin().ok("GET", "/services/smtp")["addresses"] == [f"127.0.0.1:{new}"]


def test_service_changes_are_validated(server):
    admin = server.admin()
    for patch, status, field, code in (
        ({"addresses": ["localhost:25"]}, 422, "addresses[0]", "invalid_address"),
        ({"addresses": ["127.0.0.1:0"]}, 422, "addresses[0]", "invalid_address"),
        ({"addresses": [f"127.0.0.1:{server.submission_port}"]}, 409, "addresses", "address_in_use"),
        ({"addresses": []}, 422, "addresses", "required"),
        ({"maxConnections": 100001}, 422, "maxConnections", "out_of_range"),
        ({"allowedGroupId": "0190a000-0000-7000-8000-000000000000"}, 422, "allowedGroupId", "unknown_group"),
    ):
        r = admin.patch("/services/smtp", patch)
        assert r.status_code == status and r.json()["code"] == code and r.json()["field"] == field, (patch, r.text)
    assert admin.get("/services/nntp").status_code == 400
    # Turned off, a service may keep no addresses.
    assert admin.ok("PATCH", "/services/submissions", {"enabled": False, "addresses": []})["addresses"] == []
    w = setup_domain(server)
    w["admin"].ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "da", "password": "Da-pass-123", "domainAdmin": True})
    domain_admin = server.login(f"da@{w['name']}", "Da-pass-123")
    assert domain_admin.get("/services").status_code == 403
    assert domain_admin.patch("/services/smtp", {"enabled": False}).status_code == 403


def test_network_objects_over_json_rpc(server):
    rpc = server.rpc()
    created = rpc.ok("IpAddressGroups.create", {"groups": [
        {"name": "LAN", "entries": [{"value": "10.0.0.0/8"}]},
        {"name": "bad", "entries": [{"value": "10.0.0.300"}]}]})
    assert [r["inputIndex"] for r in created["result"]] == [0]
    assert created["errors"][0]["inputIndex"] == 1 and created["errors"][0]["data"]["field"] == "groups[1].entries[0].value"
    lan = created["result"][0]["id"]
    out = rpc.ok("IpAddressGroups.set", {"groupIds": [lan], "group": {"name": "LAN", "entries": [{"value": "127.0.0.1"}]}})
    assert out == {"errors": []}
    groups = rpc.ok("IpAddressGroups.get")
    assert groups["totalItems"] == 1 and groups["list"][0]["entries"][0]["value"] == "127.0.0.1"

    smtp = rpc.ok("SmtpServer.get")
    rpc.ok("SmtpServer.set", {"settings": {**smtp, "relayGroupId": lan, "maxRecipients": 9}})
    assert server.admin().ok("GET", "/settings/smtp")["maxRecipients"] == 9
    err = rpc.err("SmtpServer.set", {"settings": {**smtp, "maxRecipients": 0}})
    assert err["data"]["field"] == "settings.maxRecipients", err
    removed = rpc.ok("IpAddressGroups.remove", {"groupIds": [lan]})
    assert removed["errors"][0]["data"]["code"] == "in_use", "the SMTP settings use it"

    services = rpc.ok("Services.get")
    assert {s["name"] for s in services["list"]} == {"smtp", "submission", "submissions", "pop3", "pop3s", "imap", "imaps", "managesieve"}
    out = rpc.ok("Services.set", {"serviceIds": ["submissions"], "pattern": {"maxConnections": 10}})
    assert out == {"errors": []}
    assert server.admin().ok("GET", "/services/submissions")["maxConnections"] == 10
    out = rpc.ok("Services.set", {"serviceIds": ["submission"], "pattern": {"addresses": ["nowhere"]}})
    assert out["errors"][0]["data"]["field"] == "pattern.addresses[0]"


def test_one_address_holds_a_bounded_number_of_connections(server):
    def greetings(port, n):
        """Opens n connections at once; what each was told first, and the sockets."""
        socks = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(n)]
        return [s.recv(200) for s in socks], socks

    def close(socks):
        for s in socks:
            s.close()

    # IMAP and POP3 allow 50 connections per address by default; the 51st is refused.
    for port, ok, refused in ((server.imap_port, b"* OK", b"* BYE [UNAVAILABLE] Too many connections"),
                              (server.pop3_port, b"+OK", b"-ERR [SYS/TEMP] Too many connections")):
        told, socks = greetings(port, 51)
        assert all(t.startswith(ok) for t in told[:50]), told[:3]
        assert told[50].startswith(refused), told[50]
        close(socks)
    # The limit is the service's to change, and changes without a restart.
    admin = server.admin()
    assert admin.ok("GET", "/services/imap")["maxConnectionsPerIp"] == 0
    admin.ok("PATCH", "/services/imap", {"maxConnectionsPerIp": 3})

    def fourth_refused():
        told, socks = greetings(server.imap_port, 4)
        close(socks)
        return told[3].startswith(b"* BYE [UNAVAILABLE]") and all(t.startswith(b"* OK") for t in told[:3])

    wait_until(fourth_refused, what="the new per-address limit to apply")
    r = admin.patch("/services/imap", {"maxConnectionsPerIp": 100001})
    assert r.status_code == 422 and r.json()["field"] == "maxConnectionsPerIp"
