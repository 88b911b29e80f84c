"""Per-domain mail settings as a user meets them: the domain footer (MIME-correct, its
internal-only rule, signed mail untouched), X-Envelope-To on catch-all copies, mailboxes found
full after acceptance (bounced, RFC 3464), and a tenant's storage limit."""

import email
import email.policy
import smtplib
import uuid

import pytest

from conftest import psql
from test_smtp import body_of, copies, count, message, owners, setup_domain
from test_submission import queued, submit

FOOTER = "--\nExample Ltd, 1 Main Street\nThis message is confidential."


def set_footer(w, **footer):
    return w["admin"].ok("PATCH", f"/domains/{w['domain']['id']}", {"mail": {"footer": footer}})


def parse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_footer_on_mail_from_the_domain_by_the_rules(server):
    w = setup_domain(server)
    name = w["name"]
    d = set_footer(w, enabled=True, text=FOOTER, skipIfAllRecipientsInternal=True)
    assert d["mail"]["footer"] == {"enabled": True, "text": FOOTER, "skipIfAllRecipientsInternal": True}
    client = submit(server, f"alice@{name}", "Passw0rd-x")

    # Plain text to an outside recipient (and a local one): the footer is appended as is.
    msg_id, body = message(body="Hello Bob.\r\n")
    client.sendmail(f"alice@{name}", [f"bob@{name}", "friend@outside.test"], body)
    stored = body_of(server, msg_id)
    assert stored.endswith(b"Hello Bob.\r\n\r\n--\r\nExample Ltd, 1 Main Street\r\nThis message is confidential.\r\n")
    assert owners(server, msg_id) == ["bob"] and queued(server, msg_id) == ["friend@outside.test"]

    # Only internal recipients, with the skip option on: no footer, byte-identical apart from the trace.
    msg_id, body = message(body="Internal note.\r\n")
    client.sendmail(f"alice@{name}", [f"bob@{name}"], body)
    stored = body_of(server, msg_id)
    assert stored.endswith(body) and b"Example Ltd" not in stored

    # HTML is wrapped in multipart/mixed, the original part intact, the footer a text part.
    msg_id = f"{uuid.uuid4().hex}@sender.test"
    html = (f"From: alice@{name}\r\nTo: friend@outside.test\r\nSubject: html\r\nMessage-ID: <{msg_id}>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi \u00e9</p>\r\n").encode()
    client.sendmail(f"alice@{name}", ["friend@outside.test"], html)
    parsed = parse(body_of(server, msg_id))
    assert parsed.get_content_type() == "multipart/mixed" and parsed["Subject"] == "html"
    first, second = parsed.iter_parts()
    assert first.get_content_type() == "text/html" and first.get_content() == "<p>Hi \u00e9</p>\r\n"
    assert second.get_content_type() == "text/plain" and "This message is confidential." in second.get_content()

    # A signed message is never changed.
    msg_id = f"{uuid.uuid4().hex}@sender.test"
    signed = (f"From: alice@{name}\r\nSubject: signed\r\nMessage-ID: <{msg_id}>\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; micalg=pgp-sha256; boundary=\"s\"\r\n\r\n"
              "--s\r\nContent-Type: text/plain\r\n\r\nsigned text\r\n--s\r\nContent-Type: application/pgp-signature\r\n\r\n"
              "-----BEGIN PGP SIGNATURE-----\r\nxyz\r\n-----END PGP SIGNATURE-----\r\n--s--\r\n").encode()
    client.sendmail(f"alice@{name}", ["friend@outside.test"], signed)
    assert body_of(server, msg_id).endswith(signed)
    client.quit()

    # Mail from elsewhere gets no footer of this domain.
    mx = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    mx.sendmail("sender@remote.test", [f"bob@{name}"], body)
    assert body_of(server, msg_id).endswith(body)
    mx.quit()

    # Without the skip option, internal mail gets the footer too; disabled, none does.
    set_footer(w, enabled=True, text=FOOTER, skipIfAllRecipientsInternal=False)
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    msg_id, body = message()
    client.sendmail(f"alice@{name}", [f"bob@{name}"], body)
    assert b"This message is confidential." in body_of(server, msg_id)
    set_footer(w, enabled=False, text=FOOTER)
    msg_id, body = message()
    client.sendmail(f"alice@{name}", ["friend@outside.test"], body)
    assert body_of(server, msg_id).endswith(body)
    client.quit()


def test_footer_settings_are_validated_and_shown_over_json_rpc(server):
    w = setup_domain(server)
    admin, d = w["admin"], w["domain"]["id"]
    for footer, field, code in (({"enabled": True, "text": " "}, "mail.footer.text", "required"),
                                ({"enabled": True, "text": "x" * 4001}, "mail.footer.text", "too_long"),
                                ({"enabled": True, "text": "y" * 901}, "mail.footer.text", "line_too_long"),
                                ({"enabled": True, "text": "a\u0007b"}, "mail.footer.text", "invalid_characters")):
        r = admin.patch(f"/domains/{d}", {"mail": {"footer": footer}})
        assert r.status_code == 422, r.text
        problem = r.json()
        assert problem["code"] == code and problem["field"] == field, problem
    rpc = server.rpc()
    rpc.ok("Domains.set", {"domainIds": [d], "pattern": {"footer": {"isUsed": True, "text": "Hi", "isUsedInDomain": False},
                                                          "insertXEnvelopeTo": True}})
    got = admin.ok("GET", f"/domains/{d}")["mail"]
    assert got == {"footer": {"enabled": True, "text": "Hi", "skipIfAllRecipientsInternal": True}, "insertXEnvelopeTo": True,
                   "loginAddress": None, "forwarding": None, "adminsMaySearchMail": False}
    rpc.ok("Domains.set", {"domainIds": [d], "pattern": {"ipAddressBind": "::ffff:127.0.0.9"}})
    assert admin.ok("GET", f"/domains/{d}")["mail"]["loginAddress"] == "127.0.0.9"
    rpc.ok("Domains.set", {"domainIds": [d], "pattern": {"ipAddressBind": ""}})
    assert admin.ok("GET", f"/domains/{d}")["mail"]["loginAddress"] is None
    listed = rpc.ok("Domains.get", {"query": {"conditions": [{"fieldName": "name", "comparator": "Eq", "value": w["name"]}]}})
    assert listed["list"][0]["footer"] == {"isUsed": True, "text": "Hi", "isHtml": False, "isUsedInDomain": False}
    out = rpc.ok("Domains.set", {"domainIds": [d], "pattern": {"footer": {"isUsed": True, "text": "<b>x</b>", "isHtml": True}}})
    assert out["errors"][0]["data"] == {"code": "unsupported", "field": "pattern.footer.isHtml"}


def test_x_envelope_to_on_catch_all_copies_only(server):
    w = setup_domain(server)
    admin, d, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("POST", f"/domains/{d}/aliases", {"name": "*", "target": "carol"})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message()
    client.sendmail("sender@remote.test", [f"nobody@{name}"], body)
    assert b"X-Envelope-To" not in body_of(server, msg_id), "off by default"

    admin.ok("PATCH", f"/domains/{d}", {"mail": {"insertXEnvelopeTo": True}})
    msg_id, body = message()
    client.sendmail("sender@remote.test", [f"sales@{name}", f"info@{name}", f"bob@{name}"], body)
    rows = psql(f"SELECT a.login, encode(c.body, 'hex') FROM messages m JOIN message_contents c ON c.id = m.content_id "
                f"JOIN accounts a ON a.id = m.account_id WHERE c.summary->>'messageId' = '{msg_id}' ORDER BY a.login", server.db)
    stored = {login: bytes.fromhex(hexed) for login, hexed in (r.split("|") for r in rows.split("\n"))}
    assert set(stored) == {"bob", "carol"}
    # Carol's one copy names the first address that reached her; Bob was addressed directly.
    assert stored["carol"].startswith(f"X-Envelope-To: <sales@{name}>\r\n".encode())
    assert stored["carol"].endswith(body) and stored["bob"].endswith(body)
    assert b"X-Envelope-To" not in stored["bob"]
    client.quit()


def test_a_full_group_member_is_bounced_the_others_get_the_mail(server):
    w = setup_domain(server)
    admin, d, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("POST", f"/domains/{d}/groups", {"name": "Team", "addresses": ["team"],
                                               "members": [w["alice"]["id"], w["bob"]["id"]]})
    admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"quotaMessages": 1})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    client.sendmail("sender@remote.test", [f"bob@{name}"], message()[1])  # Bob is full now
    # Bob alone: a temporary failure at RCPT, as before.
    refused = client.sendmail("sender@remote.test", [f"bob@{name}", f"alice@{name}"], message()[1])
    assert refused[f"bob@{name}"][0] == 452
    # The group: accepted for Alice; Carol, the local sender, gets a bounce for Bob's mailbox.
    msg_id, body = message(subject="for the team")
    assert client.sendmail(f"carol@{name}", [f"team@{name}"], body) == {}
    assert owners(server, msg_id) == ["alice"]
    bounce_hex = psql(f"SELECT encode(c.body, 'hex') FROM messages m JOIN message_contents c ON c.id = m.content_id "
                      f"WHERE m.account_id = '{w['carol']['id']}' AND m.envelope_from IS NULL", server.db)
    report = parse(bytes.fromhex(bounce_hex))
    assert report.get_content_type() == "multipart/report" and report.get_param("report-type") == "delivery-status"
    parts = list(report.iter_parts())
    status = parts[1]
    assert status.get_content_type() == "message/delivery-status"
    fields = {k: v for block in status.get_payload() for k, v in block.items()}
    assert fields["Action"] == "failed" and fields["Status"] == "5.2.2"
    assert fields["Final-Recipient"] == f"rfc822; team@{name}"
    assert parts[2].get_content_type() == "text/rfc822-headers"
    assert b"Subject: for the team" in parts[2].get_payload(decode=True) or "for the team" in str(parts[2])
    # An outside sender's bounce goes to the outbound queue, from the null sender.
    msg_id, body = message(subject="again")
    client.sendmail("sender@remote.test", [f"team@{name}"], body)
    assert count(server, "SELECT count(*) FROM outbound_queue q WHERE envelope_from IS NULL AND "
                         "ARRAY(SELECT address FROM outbound_recipients r WHERE r.queue_id = q.id) = ARRAY['sender@remote.test']") == 1
    client.quit()


def test_a_tenant_out_of_storage_gets_no_mail(server):
    admin = server.admin()
    tenant = admin.ok("POST", "/tenants", {"kind": "reseller", "name": "Small ISP", "limits": {"maxStorageBytes": 2000}})
    name = f"small{uuid.uuid4().hex[:6]}.test"
    d = admin.ok("POST", "/domains", {"name": name, "tenantId": tenant["id"]})
    admin.ok("POST", f"/domains/{d['id']}/accounts", {"loginName": "u", "password": "Passw0rd-x"})
    client = smtplib.SMTP("127.0.0.1", server.smtp_port)
    msg_id, body = message(body="x" * 2500 + "\r\n")
    client.sendmail("sender@remote.test", [f"u@{name}"], body)  # crosses the limit
    assert copies(server, msg_id) == 1
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        client.sendmail("sender@remote.test", [f"u@{name}"], message()[1])
    assert refused.value.recipients[f"u@{name}"][0] == 452
    # Room again once the limit is raised.
    admin.ok("PATCH", f"/tenants/{tenant['id']}", {"limits": {"maxStorageBytes": 10_000_000}})
    client.sendmail("sender@remote.test", [f"u@{name}"], message()[1])
    client.quit()
