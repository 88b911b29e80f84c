"""What users' Sieve rules do beyond filing (issue 21): redirect through the outbound queue
(the copy reaches smtp-sink with its original From and an SRS envelope sender; a bounce to
that sender comes back to the original one; a forged one is refused), redirect to a local
address (that user's rules run; a loop is kept), reject and ereject (refused in the SMTP
session when every mailbox rejects, else an MDN or a DSN to the sender, never to <>), and
vacation (once per sender per period, not to lists, robots or <>, from the address the mail
was sent to)."""

import email
import imaplib
import re
import smtplib
import ssl
import uuid
from email import policy

import pytest

from conftest import psql, unique
from helpers import Sink, wait_until
from test_imap import PASSWORD
from test_outbound import mx_port, outbound  # noqa: F401 (fixtures)
from test_smtp import Raw, setup_domain
from test_submission import submit

TLS = ssl._create_unverified_context()




def script(w, login, text, name="rules"):
    w["admin"].ok("PUT", f"/accounts/{w[login]['id']}/sieve-scripts/{name}", {"content": text, "active": True})


def mail(subject, sender="sender@remote.test", to="someone", extra=""):
    msg_id = f"{uuid.uuid4().hex}@remote.test"
    return msg_id, (f"From: Sender <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <{msg_id}>\r\n"
                    f"{extra}\r\nBody of {subject}.\r\n").encode()


def mailbox(server, user, folder="INBOX"):
    """The messages in a folder, parsed, over IMAP."""
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=TLS)
    imap.login(user, PASSWORD)
    typ, exists = imap.select(f'"{folder}"', readonly=True)
    assert typ == "OK"
    if exists == [b"0"]:
        imap.logout()
        return []
    _, data = imap.fetch("1:*", "(BODY.PEEK[])")
    imap.logout()
    return [email.message_from_bytes(item[1], policy=policy.default) for item in data if isinstance(item, tuple)]


def second_domain(server, admin):
    name = unique("other") + ".test"
    d = admin.ok("POST", "/domains", {"name": name})
    dave = admin.ok("POST", f"/domains/{d['id']}/accounts", {"loginName": "dave", "password": PASSWORD})
    return name, dave


def test_a_redirect_leaves_with_an_srs_sender_and_its_bounce_comes_back(outbound, dns, mx_port, tmp_path):
    w = setup_domain(outbound)
    name = w["name"]
    other, _ = second_domain(outbound, w["admin"])
    dns.add("far.example", "MX", (10, "mx.far.example"))
    dns.add("mx.far.example", "A", "127.0.0.21")
    far = Sink(tmp_path, "127.0.0.21", mx_port)
    script(w, "alice", 'require "copy";\n'
                       'if header :contains "subject" "keep" { redirect :copy "friend@far.example"; }\n'
                       'else { redirect "friend@far.example"; }\n')
    # Dave, in another hosted domain, writes to Alice; her rule sends it on.
    gone, body = mail("passed on", sender=f"dave@{other}", to=f"alice@{name}")
    client = submit(outbound, f"dave@{other}", PASSWORD)
    assert client.sendmail(f"dave@{other}", [f"alice@{name}"], body) == {}
    kept, body = mail("passed on, keep a copy", sender=f"dave@{other}", to=f"alice@{name}")
    assert client.sendmail(f"dave@{other}", [f"alice@{name}"], body) == {}
    client.quit()

    dumps = far.wait(2)
    dump = [d for d in dumps if gone.encode() in d][0]
    text = dump.decode()
    srs = re.search(r"X-Mail-Args: <([^>]*)>", text).group(1)
    # The envelope sender is in Alice's domain (SPF passes at far.example), the From is Dave's.
    assert re.fullmatch(rf"SRS0=[^=]{{4}}=[A-Z2-7]{{2}}={re.escape(other)}=dave@{re.escape(name)}", srs), srs
    assert f"From: Sender <dave@{other}>" in text
    assert f"Delivered-To: alice@{name}" in text
    assert "X-Rcpt-Args: <friend@far.example>" in text
    # Without :copy the message left; with :copy Alice keeps hers.
    assert [m["Message-ID"] for m in mailbox(outbound, f"alice@{name}")] == [f"<{kept}>"]

    # far.example bounces it to the SRS address: the bounce reaches Dave.
    client = smtplib.SMTP("127.0.0.1", outbound.smtp_port, timeout=30)
    client.ehlo("mx.far.example")
    bounce = (f"From: MAILER-DAEMON@far.example\r\nTo: <{srs}>\r\nSubject: Undelivered: passed on\r\n"
              f"Message-ID: <{uuid.uuid4().hex}@far.example>\r\n\r\nfriend@far.example has left.\r\n").encode()
    assert client.sendmail("", [srs], bounce) == {}
    # A forged one (the hash changed) is refused at RCPT.
    forged = srs.replace("=dave@", "=mallory@")
    code, reply = client.docmd("MAIL FROM:<>")
    assert code == 250
    code, reply = client.docmd(f"RCPT TO:<{forged}>")
    assert code == 550, reply
    client.docmd("RSET")
    # Only a bounce is turned back: other mail to the address would be relaying.
    code, reply = client.docmd("MAIL FROM:<spammer@far.example>")
    assert code == 250
    code, reply = client.docmd(f"RCPT TO:<{srs}>")
    assert code == 550, reply
    client.quit()
    assert [m["Subject"] for m in mailbox(outbound, f"dave@{other}")] == ["Undelivered: passed on"]
    far.stop()


def test_a_redirect_to_a_local_address_runs_their_rules_and_a_loop_is_kept(server):
    w = setup_domain(server)
    name = w["name"]
    alice, bob = f"alice@{name}", f"bob@{name}"
    # Alice sends everything to Bob, Bob sends everything back: a loop the servers' own
    # Delivered-To lines break.
    script(w, "alice", f'redirect "{bob}";\n')
    script(w, "bob", f'redirect "{alice}";\n')
    msg_id, body = mail("round and round", to=alice)
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    assert client.sendmail("sender@remote.test", [alice], body) == {}
    client.quit()

    # Alice -> queue -> Bob (his rule runs) -> queue -> Alice: she has had it, so it is kept.
    found = wait_until(lambda: mailbox(server, alice) or None, timeout=30, what="the looped message kept")
    assert len(found) == 1 and found[0]["Message-ID"] == f"<{msg_id}>"
    assert found[0].get_all("Delivered-To") == [bob, alice]
    assert mailbox(server, bob) == []
    # Both hops were delivered here and leave the queue.
    wait_until(lambda: psql("SELECT count(*) FROM outbound_recipients", server.db) == "0",
               what="the redirect hops to leave the queue")


def test_reject_refuses_in_the_session_or_tells_the_sender(server):
    w = setup_domain(server)
    name = w["name"]
    other, _ = second_domain(server, w["admin"])
    dave = f"dave@{other}"
    script(w, "alice", 'require ["reject", "ereject"];\n'
                       'if header :contains "subject" "offer" { reject "No offers, thank you."; }\n'
                       'elsif header :contains "subject" "spam" { ereject "Not wanted here."; }\n')

    # Only Alice's mailbox is reached and she rejects: refused in the session, no notice.
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    _, body = mail("special offer", to=f"alice@{name}")
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail("sender@remote.test", [f"alice@{name}"], body)
    assert refused.value.smtp_code == 550 and b"5.7.1 No offers, thank you." in refused.value.smtp_error
    client.quit()

    # Alice and Bob: Bob gets it, Dave (the sender) gets an MDN for Alice's reject ...
    client = submit(server, dave, PASSWORD)
    offer_id, body = mail("another offer", sender=dave, to=f"alice@{name}, bob@{name}")
    assert client.sendmail(dave, [f"alice@{name}", f"bob@{name}"], body) == {}
    # ... and a DSN for her ereject.
    spam_id, body = mail("spam again", sender=dave, to=f"alice@{name}, bob@{name}")
    assert client.sendmail(dave, [f"alice@{name}", f"bob@{name}"], body) == {}
    client.quit()
    assert mailbox(server, f"alice@{name}") == []
    assert [m["Subject"] for m in mailbox(server, f"bob@{name}")] == ["another offer", "spam again"]

    notices = mailbox(server, dave)
    assert len(notices) == 2, [n["Subject"] for n in notices]
    mdn, dsn = notices
    assert mdn.get_content_type() == "multipart/report"
    assert mdn.get_param("report-type") == "disposition-notification"
    assert mdn["Auto-Submitted"].startswith("auto-replied")
    text, disposition, headers = list(mdn.iter_parts())
    assert "No offers, thank you." in text.get_content()
    fields = disposition.get_payload()[0] if disposition.is_multipart() else None
    raw = disposition.as_string() if fields is None else str(fields)
    assert "automatic-action/MDN-sent-automatically; deleted" in raw
    assert f"Original-Message-ID: <{offer_id}>" in raw
    assert dsn.get_param("report-type") == "delivery-status"
    status = list(dsn.iter_parts())[1].get_payload()
    recipient = dict(status[1].items())
    assert recipient["Action"] == "failed" and recipient["Status"] == "5.7.1", recipient
    assert "Not wanted here." in recipient["Diagnostic-Code"]
    assert recipient["Final-Recipient"].endswith(f"alice@{name}")

    # A message from <> is rejected silently (never a notice to the null sender).
    raw = Raw(server.smtp_port)
    raw.cmd("EHLO mx.remote.test")
    raw.cmd("MAIL FROM:<>")
    raw.cmd(f"RCPT TO:<alice@{name}>")
    raw.cmd(f"RCPT TO:<bob@{name}>")
    raw.cmd("DATA")
    assert raw.cmd("From: robot@remote.test\r\nSubject: offer from nobody\r\n\r\nx\r\n.").startswith("250")
    raw.close()
    assert len(mailbox(server, dave)) == 2


def test_vacation_answers_once_per_sender_and_not_to_lists_or_robots(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    other, _ = second_domain(server, admin)
    dave = f"dave@{other}"
    admin.ok("POST", f"/domains/{w['domain']['id']}/aliases", {"name": "office", "target": "alice"})
    script(w, "alice", 'require "vacation";\n'
                       'vacation :days 7 :subject "Out of office" "I am away until Monday.";\n')

    def from_dave(subject, to, extra=""):
        client = submit(server, dave, PASSWORD)
        msg_id, body = mail(subject, sender=dave, to=to, extra=extra)
        assert client.sendmail(dave, [to], body) == {}
        client.quit()
        return msg_id

    first = from_dave("first", f"alice@{name}")
    from_dave("second", f"alice@{name}")
    from_dave("newsletter", f"alice@{name}", extra="List-Id: <news.remote.test>\r\n")
    from_dave("bulk", f"alice@{name}", extra="Precedence: bulk\r\n")
    from_dave("robot", f"alice@{name}", extra="Auto-Submitted: auto-generated\r\n")
    replies = mailbox(server, dave)
    assert len(replies) == 1, [r["Subject"] for r in replies]
    reply = replies[0]
    assert reply["Subject"] == "Out of office"
    assert reply["From"] == f"alice@{name}" or reply["From"].addresses[0].addr_spec == f"alice@{name}"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["In-Reply-To"] == f"<{first}>"
    assert "I am away until Monday." in reply.get_content()
    # Alice keeps every message (vacation does not cancel keep).
    assert len(mailbox(server, f"alice@{name}")) == 5

    # Bob writes to her alias: his reply comes from the address he wrote to.
    client = submit(server, f"bob@{name}", PASSWORD)
    _, body = mail("to the office", sender=f"bob@{name}", to=f"office@{name}")
    assert client.sendmail(f"bob@{name}", [f"office@{name}"], body) == {}
    client.quit()
    (bob_reply,) = mailbox(server, f"bob@{name}")
    assert bob_reply["From"].addresses[0].addr_spec == f"office@{name}"

    # A message from <> gets none; the state says who was answered.
    raw = Raw(server.smtp_port)
    raw.cmd("EHLO mx.remote.test")
    raw.cmd("MAIL FROM:<>")
    raw.cmd(f"RCPT TO:<alice@{name}>")
    raw.cmd("DATA")
    assert raw.cmd(f"From: robot@remote.test\r\nTo: alice@{name}\r\nSubject: bounce\r\n\r\nx\r\n.").startswith("250")
    raw.close()
    answered = psql("SELECT sender FROM vacation_replies v JOIN accounts a ON a.id = v.account_id "
                    "WHERE a.login = 'alice' ORDER BY sender", server.db).split("\n")
    assert sorted(answered) == sorted([dave, f"bob@{name}"])
