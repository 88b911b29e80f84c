"""Issue 18: the spam filter. One score from the built-in rules and SpamAssassin's spamd
(Debian's, started by the test on loopback with its own configuration), two thresholds: tag
(X-Spam-Flag, subject prefix, Junk folder) and block (550 5.7.1 or discard). An engine that is
down or slow never loses mail or hangs the session: the fallback decides."""

import glob
import imaplib
import os
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
from email.utils import formatdate
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import free_port, psql
from helpers import require_tool, wait_until
from test_sender_auth import send as send_as_server
from test_smtp import body_of, copies, setup_domain
from test_submission import submit

GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
TLS = ssl._create_unverified_context()


def message(subject="lunch", body="Shall we meet at noon by the fountain?\r\n", extra=""):
    """A well-formed message (a Date, a Message-ID), so spamd finds nothing wrong with its form."""
    msg_id = f"{uuid.uuid4().hex}@sender.test"
    return msg_id, (f"From: Sender <sender@remote.test>\r\nTo: friend@elsewhere.test\r\nSubject: {subject}\r\n"
                    f"Date: {formatdate()}\r\nMessage-ID: <{msg_id}>\r\n{extra}\r\n{body}").encode()


def send(server, to, content):
    """Sends over port 25 as another server; `None` when accepted, else the refusal (code, text)."""
    return send_as_server(server, "sender@remote.test", to, content, helo="mx.remote.test")


def folders_of(server, msg_id) -> list[str]:
    out = psql(f"SELECT f.special_use FROM messages m JOIN folders f ON f.id = m.folder_id "
               f"JOIN message_contents c ON c.id = m.content_id WHERE c.summary->>'messageId' = '{msg_id}'", server.db)
    return out.split("\n") if out else []


def header(content: bytes, name: str) -> str | None:
    head = content.split(b"\r\n\r\n", 1)[0].decode()
    # Our X-Spam-Status folds its list of tests after a comma with CRLF TAB: read back as one list.
    unfolded = head.replace("\r\n\t", "").replace("\r\n ", " ")
    for line in unfolded.split("\r\n"):
        if line.lower().startswith(name.lower() + ":"):
            return line.split(":", 1)[1].strip()
    return None


def put_settings(admin, **changes):
    settings = admin.ok("GET", "/settings/spam")
    settings.update(changes)
    return admin.ok("PUT", "/settings/spam", settings)


def test_gtube_is_refused_with_no_configuration_and_plain_mail_is_marked_clean(server):
    w = setup_domain(server)
    to = [f"alice@{w['name']}"]
    _, spam = message(subject="cheap", body=f"Buy now!\r\n{GTUBE}\r\n")
    code, text = send(server, to, spam)
    assert code == 550 and text.startswith("5.7.1"), (code, text)
    # A plain message goes in, with our verdict; the one it brought ("not spam") is gone.
    kept, plain = message(extra="X-Spam-Flag: NO\r\nX-Spam-Status: No, score=-100\r\n")
    assert send(server, to, plain) is None
    stored = body_of(server, kept)
    assert header(stored, "X-Spam-Flag") is None
    assert header(stored, "X-Spam-Status") == "No, score=0.0 required=5.0 tests=none", stored[:400]
    assert header(stored, "X-Spam-Score") == "0.0"
    assert folders_of(server, kept) == ["inbox"]


def test_settings_over_rest_and_json_rpc_are_validated_and_server_admin_only(server, world):
    admin = world["admin"]
    defaults = admin.ok("GET", "/settings/spam")
    assert defaults["enabled"] is True and defaults["tagScore"] == 5.0 and defaults["blockScore"] == 9.9
    assert defaults["blockAction"] == "reject" and defaults["submissionAction"] == "refuse"
    assert defaults["engine"] is None and defaults["timeBudgetSeconds"] == 10
    assert defaults["onEngineFailure"] == "accept" and defaults["exemptRecipients"] == ["postmaster", "abuse"]
    assert (defaults["greylistingEnabled"], defaults["greylistingDelaySeconds"], defaults["greylistingRetentionDays"],
            defaults["greetingDelaySeconds"]) == (False, 300, 36, 0)
    for change, field in (({"tagScore": 11}, "tagScore"), ({"tagScore": 6, "blockScore": 5}, "blockScore"),
                          ({"timeBudgetSeconds": 0}, "timeBudgetSeconds"), ({"engineMaxBytes": 10}, "engineMaxBytes"),
                          ({"engine": {"kind": "spamd", "host": "bad host", "port": 783}}, "engine.host"),
                          ({"engine": {"kind": "spamd", "host": "127.0.0.1", "port": 0}}, "engine.port"),
                          ({"exemptRecipients": ["two words"]}, "exemptRecipients"),
                          ({"exemptGroupId": str(uuid.uuid4())}, "exemptGroupId"),
                          ({"subjectPrefix": "x" * 65}, "subjectPrefix"),
                          ({"greylistingDelaySeconds": 0}, "greylistingDelaySeconds"),
                          ({"greylistingRetentionDays": 400}, "greylistingRetentionDays"),
                          ({"greetingDelaySeconds": 61}, "greetingDelaySeconds")):
        r = admin.put("/settings/spam", {**defaults, **change})
        assert r.status_code == 422 and r.json()["field"] == field, (change, r.text)
    r = admin.put("/settings/spam", {**defaults, "engine": {"kind": "rspamd"}})
    assert r.status_code in (400, 422) and r.headers["content-type"].startswith("application/problem+json"), r.text
    saved = put_settings(admin, tagScore=4.5, subjectPrefix="[SPAM %s]", engine={"kind": "spamd", "host": "127.0.0.1", "port": 783})
    assert admin.ok("GET", "/settings/spam") == saved
    # Nobody below the server administrator reads or changes it.
    for side in ("a", "b"):
        for who in ("tadmin", "dadmin"):
            login = f"{who}@{side}-domain.test"
            client = world["server"].login(login, {"tadmin": "Tadm1n-pass", "dadmin": "Dadm1n-pass"}[who])
            assert client.get("/settings/spam").status_code == 403
            assert client.put("/settings/spam", saved).status_code == 403
    # The same over JSON-RPC, as Kerio names it.
    rpc = world["server"].rpc()
    assert rpc.ok("AntiSpam.get") == saved
    err = rpc.err("AntiSpam.set", {"settings": {**saved, "blockScore": 1.0}})
    assert err["data"]["field"] == "settings.blockScore", err
    rpc.ok("AntiSpam.set", {"settings": {**saved, "blockScore": 10.0}})
    assert admin.ok("GET", "/settings/spam")["blockScore"] == 10.0


def test_the_thresholds_tag_into_junk_block_discard_and_spare_exempt_recipients(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    # A block score of 10 never blocks: GTUBE is tagged, its subject marked, filed in Junk.
    put_settings(admin, blockScore=10.0, subjectPrefix="[SPAM %s]")
    tagged, spam = message(subject="cheap", body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    stored = body_of(server, tagged)
    assert header(stored, "X-Spam-Flag") == "YES"
    assert header(stored, "X-Spam-Status").startswith("Yes, score=1000.0 required=5.0 tests=GTUBE")
    assert header(stored, "Subject") == "[SPAM " + "*" * 20 + "] cheap"
    assert folders_of(server, tagged) == ["junk"]
    # Which the user sees in the Junk folder over IMAP.
    imap = imaplib.IMAP4("127.0.0.1", server.imap_port)
    imap.starttls(ssl_context=TLS)
    imap.login(f"alice@{name}", "Passw0rd-x")
    typ, data = imap.select('"Junk E-mail"', readonly=True)
    assert typ == "OK" and int(data[0]) == 1, data
    imap.logout()
    # Not filing spam in Junk: tagged, in the Inbox.
    put_settings(admin, blockScore=10.0, spamToJunk=False)
    inbox, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    assert folders_of(server, inbox) == ["inbox"] and header(body_of(server, inbox), "X-Spam-Flag") == "YES"
    # Discarding: accepted, nothing stored.
    put_settings(admin, blockScore=9.9, blockAction="discard", spamToJunk=True)
    dropped, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    assert copies(server, dropped) == 0
    # Postmaster and abuse are never blocked, only tagged (a report of spam must reach them),
    # and neither is a message one of them is among the recipients of.
    put_settings(admin, blockAction="reject")
    admin.ok("POST", f"/domains/{w['domain']['id']}/aliases", {"name": "postmaster", "target": "bob"})
    reported, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, [f"postmaster@{name}", f"alice@{name}"], spam) is None
    assert sorted(folders_of(server, reported)) == ["junk", "junk"]
    # Rating off: scored and written down, never tagged or blocked.
    put_settings(admin, enabled=False)
    unrated, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    stored = body_of(server, unrated)
    assert header(stored, "X-Spam-Flag") is None and header(stored, "X-Spam-Score") == "1000.0"
    assert folders_of(server, unrated) == ["inbox"]


def test_a_user_sending_spam_is_refused_or_tagged_as_set(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    _, spam = message(body=f"{GTUBE}\r\n")
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.sendmail(f"alice@{name}", [f"bob@{name}", "someone@elsewhere.test"], spam)
    assert refused.value.smtp_code == 550 and b"not sent" in refused.value.smtp_error
    client.quit()
    put_settings(admin, submissionAction="tag")
    sent, spam = message(body=f"{GTUBE}\r\n")
    client = submit(server, f"alice@{name}", "Passw0rd-x")
    client.sendmail(f"alice@{name}", [f"bob@{name}"], spam)
    client.quit()
    assert folders_of(server, sent) == ["junk"]
    assert header(body_of(server, sent), "X-Spam-Flag") == "YES"


def test_an_exempt_client_is_not_filtered(server):
    w = setup_domain(server)
    admin = w["admin"]
    group = admin.ok("POST", "/ip-groups", {"name": "Gateway", "entries": [{"value": "127.0.0.0/8"}]})
    put_settings(admin, exemptGroupId=group["id"])
    passed, spam = message(body=f"{GTUBE}\r\n", extra="X-Spam-Flag: NO\r\n")
    assert send(server, [f"alice@{w['name']}"], spam) is None
    stored = body_of(server, passed)
    # The gateway's own verdict stays: it is the one that scanned.
    assert header(stored, "X-Spam-Flag") == "NO" and header(stored, "X-Spam-Score") is None


@pytest.fixture(scope="module")
def spamd():
    """SpamAssassin's spamd on a loopback port, local tests only (no network lookups), no
    Bayes, its configuration in a directory of the test's own."""
    require_tool("spamd")
    work = Path(tempfile.mkdtemp(prefix="pb-spamd-", dir="/tmp"))
    os.chmod(work, 0o755)
    for pre in glob.glob("/etc/spamassassin/*.pre"):
        shutil.copy(pre, work)
    # Bayes on for the learning test (TELL); it scores nothing before 200 learns of each kind.
    bayes = work / "bayes"
    bayes.mkdir()
    if os.geteuid() == 0:
        shutil.chown(bayes, "nobody")
    (work / "local.cf").write_text("required_score 5.0\nuse_bayes 1\nbayes_auto_learn 0\nskip_rbl_checks 1\n"
                                   f"bayes_path {bayes}/bayes\nbayes_file_mode 0777\n")
    port = free_port()
    user = ["-u", "nobody"] if os.geteuid() == 0 else []
    log = open(work / "spamd.log", "ab")
    process = subprocess.Popen(["spamd", f"--listen=127.0.0.1:{port}", "--allowed-ips=127.0.0.1", "--local", "--nouser-config",
                                f"--siteconfigpath={work}", f"--pidfile={work}/spamd.pid", "--max-children=3", "--min-children=1",
                                *user, f"--helper-home-dir={work}", "--syslog=stderr", "--allow-tell"], stdout=log, stderr=log)
    wait_until(lambda: socket.create_connection(("127.0.0.1", port), timeout=1).close() or True,
               timeout=60, what="spamd to listen", interval=0.2)
    yield SimpleNamespace(port=port, bayes=bayes)
    process.terminate()
    process.wait(timeout=30)
    shutil.rmtree(work, ignore_errors=True)


def test_spamd_scores_mail_and_its_verdict_is_applied(server, spamd):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    put_settings(admin, engine={"kind": "spamd", "host": "127.0.0.1", "port": spamd.port})
    # A plain message: below the tag score, spamd's rules named.
    kept, plain = message()
    assert send(server, to, plain) is None
    stored = body_of(server, kept)
    status = header(stored, "X-Spam-Status")
    assert status.startswith("No, score="), stored[:600]
    assert float(header(stored, "X-Spam-Score")) < 5.0
    assert folders_of(server, kept) == ["inbox"]
    # GTUBE through spamd: our rule and spamd's, refused at SMTP.
    _, spam = message(body=f"{GTUBE}\r\n")
    code, text = send(server, to, spam)
    assert code == 550 and text.startswith("5.7.1"), (code, text)
    # With blocking off (block score 10) it is tagged: spamd's score adds to ours, and its
    # rules (its own GTUBE among them) are named after ours.
    put_settings(admin, blockScore=10.0)
    tagged, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    stored = body_of(server, tagged)
    status = header(stored, "X-Spam-Status")
    assert status.startswith("Yes, score=") and status.count("GTUBE") == 2, status
    assert float(header(stored, "X-Spam-Score")) > 1500, "ours (1000) and spamd's own GTUBE score, summed"


def spamd_learned(spamd) -> dict:
    """What spamd's Bayes database counts (sa-learn's magic numbers): nspam, nham."""
    out = subprocess.run(["sa-learn", "--dbpath", str(spamd.bayes), "--dump", "magic"], capture_output=True, text=True).stdout
    counts = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[-1] in ("nspam", "nham"):
            counts[parts[-1]] = int(parts[2])
    return counts


def test_moving_mail_into_junk_teaches_spamd(server, spamd):
    from test_imap import imap, ok
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    put_settings(admin, engine={"kind": "spamd", "host": "127.0.0.1", "port": spamd.port})
    missed, content = message(subject="deal", body="cheap replica watches discount pharmacy pills casino winner\r\n")
    assert send(server, to, content) is None and folders_of(server, missed) == ["inbox"]
    before = spamd_learned(spamd).get("nspam", 0)
    client = imap(server, to[0])
    ok(client.select("INBOX"))
    uid = ok(client.uid("SEARCH", None, "SUBJECT", "deal"))[0].split()[0].decode()
    ok(client.uid("MOVE", uid, '"Junk E-mail"'))
    client.logout()
    wait_until(lambda: spamd_learned(spamd).get("nspam", 0) == before + 1, timeout=30,
               what="spamd to learn the message as spam")


class Silent:
    """A TCP server that accepts and never answers: an engine that hangs."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.held = []
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self):
        self.sock.close()
        for c in self.held:
            c.close()


def test_an_engine_down_or_slow_is_handled_by_the_fallback(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    closed = free_port()  # nothing listens there
    put_settings(admin, engine={"kind": "spamd", "host": "127.0.0.1", "port": closed})
    # Accept (the default): in, marked as not scanned by the engine.
    kept, plain = message()
    assert send(server, to, plain) is None
    assert "ENGINE_UNAVAILABLE" in header(body_of(server, kept), "X-Spam-Status")
    # The built-in rules still apply.
    _, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam)[0] == 550
    # Defer: the sender is told to come back; nothing is stored.
    put_settings(admin, onEngineFailure="defer")
    deferred, plain = message()
    code, text = send(server, to, plain)
    assert code == 451 and text.startswith("4.7.1"), (code, text)
    assert copies(server, deferred) == 0
    # A hanging engine: the time budget ends the wait, and under load every message sent
    # is either stored or refused for now; none is lost or left hanging.
    silent = Silent()
    try:
        put_settings(admin, engine={"kind": "spamd", "host": "127.0.0.1", "port": silent.port},
                     timeBudgetSeconds=1, onEngineFailure="accept")
        results, lock = [], threading.Lock()

        def sender():
            for _ in range(5):
                msg_id, content = message()
                started = time.monotonic()
                outcome = send(server, to, content)
                with lock:
                    results.append((msg_id, outcome, time.monotonic() - started))

        threads = [threading.Thread(target=sender) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert len(results) == 40
        assert all(outcome is None for _, outcome, _ in results), [o for _, o, _ in results if o][:3]
        assert all(copies(server, m) == 1 for m, _, _ in results)
        slowest = max(took for _, _, took in results)
        assert slowest < 30, f"a session waited {slowest:.1f} s"
        print(f"40 messages past a hanging engine, the slowest in {slowest:.1f} s")
    finally:
        silent.close()


def test_dns_blocklists_score_or_refuse_through_the_tests_own_dns(server, dns, tmp_path):
    """Blocklists served by the test's DNS server: a listed client IP (127.0.0.1, where the
    test sends from) gets the list's score or 554; a listed link domain in the body, or the
    sender's domain, adds its score; a refusal answer (127.255.255.x) is no listing. (Each name
    is listed before it is first asked: the resolver caches answers, "not listed" too.)"""
    server.restart(tmp_path, {"POSTBAY_DNS_SERVERS": dns.address})
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    assert admin.ok("GET", "/blocklists") == {"items": []}
    links = admin.ok("POST", "/blocklists", {"zone": "links.bl.test", "kind": "domain", "action": "score", "score": 1.5},
                     status=201)
    # Validation names the field; a zone is one list per kind.
    for bad, field in (({"zone": "not a zone", "kind": "ip", "action": "score"}, "zone"),
                       ({"zone": "x.bl.test", "kind": "ip", "action": "score", "score": 1000}, "score"),
                       ({"zone": "x.bl.test", "kind": "url", "action": "score"}, "kind")):
        r = admin.post("/blocklists", bad)
        assert r.status_code in (400, 422) and r.json().get("field") == field, (bad, r.text)
    dup = admin.post("/blocklists", {"zone": "LINKS.bl.test.", "kind": "domain", "action": "reject"})
    assert dup.status_code == 409 and dup.json()["field"] == "zone", dup.text
    # Nothing listed: no hit.
    clean, plain = message(body="See https://www.fine.example/page for details.\r\n")
    assert send(server, to, plain) is None
    assert header(body_of(server, clean), "X-Spam-Status") == "No, score=0.0 required=5.0 tests=none"
    # The client IP listed: its score.
    dns.add("1.0.0.127.ips.bl.test", "A", "127.0.0.2")
    ips = admin.ok("POST", "/blocklists", {"zone": "ips.bl.test", "kind": "ip", "action": "score", "score": 3.5,
                                           "description": "test IP list"}, status=201)
    scored, plain = message()
    assert send(server, to, plain) is None
    assert header(body_of(server, scored), "X-Spam-Status") == "No, score=3.5 required=5.0 tests=RBL_ips.bl.test"
    # A link's domain listed too (by its parent: lists list registered domains): the scores
    # add up to the tag score.
    dns.add("spam.example.links.bl.test", "A", "127.0.1.2")
    tagged, linked = message(body="Cheap: http://www.SPAM.example/buy now\r\n")
    assert send(server, to, linked) is None
    stored = body_of(server, tagged)
    assert header(stored, "X-Spam-Status") == "Yes, score=5.0 required=5.0 tests=RBL_ips.bl.test,URIBL_links.bl.test"
    assert header(stored, "X-Spam-Flag") == "YES" and folders_of(server, tagged) == ["junk"]
    # A refusal answer (the list will not answer this resolver) is not a listing.
    admin.ok("PATCH", f"/blocklists/{ips['id']}", {"enabled": False})
    dns.add("1.0.0.127.refusing.bl.test", "A", "127.255.255.254")
    refusing = admin.ok("POST", "/blocklists", {"zone": "refusing.bl.test", "kind": "ip", "action": "reject"}, status=201)
    unlisted, plain = message()
    assert send(server, to, plain) is None
    assert header(body_of(server, unlisted), "X-Spam-Status") == "No, score=0.0 required=5.0 tests=none"
    assert admin.delete(f"/blocklists/{refusing['id']}").status_code == 204
    # Set to reject: 554 naming the list, nothing stored.
    assert admin.ok("PATCH", f"/blocklists/{ips['id']}", {"action": "reject", "enabled": True})["action"] == "reject"
    refused, plain = message()
    code, text = send(server, to, plain)
    assert code == 554 and "ips.bl.test" in text, (code, text)
    assert copies(server, refused) == 0
    # Postmaster still gets it (reports of spam must reach it).
    admin.ok("POST", f"/domains/{w['domain']['id']}/aliases", {"name": "postmaster", "target": "bob"})
    reported, plain = message()
    assert send(server, [f"postmaster@{name}"], plain) is None and copies(server, reported) == 1
    # The sender's domain listed adds its score (the IP list off again).
    admin.ok("PATCH", f"/blocklists/{ips['id']}", {"enabled": False})
    dns.add("listed-sender.test.links.bl.test", "A", "127.0.0.2")
    from_listed, plain = message()
    assert send_as_server(server, "someone@listed-sender.test", to, plain, helo="mx.remote.test") is None
    assert header(body_of(server, from_listed), "X-Spam-Status") == "No, score=1.5 required=5.0 tests=URIBL_links.bl.test"
    # Deleted, gone.
    assert admin.delete(f"/blocklists/{links['id']}").status_code == 204
    assert [b["zone"] for b in admin.ok("GET", "/blocklists")["items"]] == ["ips.bl.test"]
    assert admin.delete(f"/blocklists/{links['id']}").status_code == 404
    # The same over JSON-RPC.
    rpc = server.rpc()
    (listed,) = rpc.ok("Blocklists.get")["list"]
    assert listed["zone"] == "ips.bl.test" and listed["enabled"] is False
    made = rpc.ok("Blocklists.create", {"blocklist": {"zone": "dbl.bl.test", "kind": "domain", "action": "score"}})
    assert made["score"] == 2.0 and made["enabled"] is True
    err = rpc.err("Blocklists.set", {"blocklistId": made["id"], "pattern": {"score": -500}})
    assert err["data"]["field"] == "pattern.score", err
    rpc.ok("Blocklists.remove", {"blocklistId": made["id"]})
    assert len(rpc.ok("Blocklists.get")["list"]) == 1


def rcpt_reply(server, mail_from, to, port=None):
    """MAIL and RCPT over port 25; the RCPT reply (code, text)."""
    client = smtplib.SMTP("127.0.0.1", port or server.smtp_port, local_hostname="mx.remote.test", timeout=60)
    try:
        client.ehlo()
        mail = client.mail(mail_from)
        assert mail[0] == 250, mail
        code, text = client.rcpt(to)
        return code, text.decode()
    finally:
        client.quit()


def test_greylisting_defers_a_new_triplet_until_it_is_retried_after_the_delay(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    put_settings(admin, greylistingEnabled=True, greylistingDelaySeconds=2)
    alice, bob = f"alice@{name}", f"bob@{name}"
    # A new triplet: 451 4.7.1 at RCPT; again at once: still.
    code, text = rcpt_reply(server, "sender@remote.test", alice)
    assert code == 451 and text.startswith("4.7.1 Greylisted"), (code, text)
    assert rcpt_reply(server, "sender@remote.test", alice)[0] == 451
    # Retried after the delay, as a real server does: accepted, and the whole message with it.
    wait_until(lambda: rcpt_reply(server, "sender@remote.test", alice)[0] == 250, timeout=30, interval=0.5,
               what="the triplet to pass after the delay")
    kept, plain = message()
    assert send(server, [alice], plain) is None and copies(server, kept) == 1
    # Another recipient, or another sender, is a new triplet; another client of the same /24
    # network is the same one.
    assert rcpt_reply(server, "sender@remote.test", bob)[0] == 451
    assert rcpt_reply(server, "other@remote.test", alice)[0] == 451
    stored = psql("SELECT network, sender, recipient, passed_at IS NOT NULL FROM greylist_triplets ORDER BY 2, 3", server.db)
    assert stored.splitlines() == [f"127.0.0.0/24|other@remote.test|{alice}|f",
                                   f"127.0.0.0/24|sender@remote.test|{alice}|t",
                                   f"127.0.0.0/24|sender@remote.test|{bob}|f"], stored
    # A user who logs in is never greylisted.
    client = submit(server, f"carol@{name}", "Passw0rd-x")
    assert client.mail(f"carol@{name}")[0] == 250
    assert client.rcpt(f"bob@{name}")[0] == 250
    client.quit()
    # Nor is the exempt group.
    group = admin.ok("POST", "/ip-groups", {"name": "Partners", "entries": [{"value": "127.0.0.1"}]})
    put_settings(admin, exemptGroupId=group["id"])
    assert rcpt_reply(server, "new@partner.test", bob)[0] == 250
    # Off, nobody is.
    put_settings(admin, exemptGroupId=None, greylistingEnabled=False)
    assert rcpt_reply(server, "newer@remote.test", bob)[0] == 250


def test_the_greeting_delay_drops_early_talkers_and_greets_the_patient(server):
    w = setup_domain(server)
    admin = w["admin"]
    put_settings(admin, greetingDelaySeconds=2)
    # Spamware talks first: dropped with 554.
    rude = socket.create_connection(("127.0.0.1", server.smtp_port), timeout=30)
    rude.sendall(b"EHLO spamware.example\r\nMAIL FROM:<x@spam.example>\r\n")
    answer = b""
    while True:
        chunk = rude.recv(4096)
        if not chunk:
            break
        answer += chunk
    rude.close()
    assert answer.startswith(b"554 5.5.0"), answer
    assert b"220 " not in answer
    # A real server waits for the banner and delivers.
    kept, plain = message()
    assert send(server, [f"alice@{w['name']}"], plain) is None and copies(server, kept) == 1
    # The submission port greets at once: a client that talks first is simply answered.
    eager = socket.create_connection(("127.0.0.1", server.submission_port), timeout=30)
    eager.sendall(b"EHLO laptop.example\r\n")
    first = eager.recv(4096)
    eager.close()
    assert first.startswith(b"220 "), first


def test_filter_statistics_are_counted_per_domain_and_seen_only_within_reach(server, world, tmp_path):
    admin = world["admin"]
    a, b = world["a"], world["b"]
    to = [f"user@{a['domain']['name']}"]
    _, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam)[0] == 550
    _, plain = message()
    assert send(server, to, plain) is None
    put_settings(admin, blockScore=10.0)
    _, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None

    def totals(client, **query):
        return client.ok("GET", "/filter-stats", params=query)["totals"]

    expected = {"scanned": 3, "rejected": 1, "tagged": 1}
    wait_until(lambda: totals(admin) == expected, timeout=30, what=lambda: f"the counts written: {totals(admin)}")
    stats = admin.ok("GET", "/filter-stats", params={"domainId": a["domain"]["id"]})
    (day,) = stats["days"]
    assert day["counts"] == expected and stats["totals"] == expected
    # Within reach only: a's domain admin and reseller see them, b's see nothing, and naming
    # a's domain is "not found" for b.
    a_admin = server.login(f"dadmin@{a['domain']['name']}", "Dadm1n-pass")
    b_admin = server.login(f"dadmin@{b['domain']['name']}", "Dadm1n-pass")
    b_reseller = server.login(f"tadmin@{b['domain']['name']}", "Tadm1n-pass")
    assert totals(a_admin) == expected
    assert totals(b_admin) == {} and totals(b_reseller) == {}
    assert b_admin.get("/filter-stats", params={"domainId": a["domain"]["id"]}).status_code == 404
    # A bad span names its field.
    r = admin.get("/filter-stats", params={"from": "2026-12-05", "to": "2026-01-01"})
    assert r.status_code == 422 and r.json()["field"] == "from", r.text
    # The same over JSON-RPC.
    assert server.rpc().ok("AntiSpam.getStatistics", {"domainId": a["domain"]["id"]})["totals"] == expected
    # Kept across a restart (they are in the database, not in the process).
    server.restart(tmp_path)
    assert totals(server.admin()) == expected


EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


@pytest.fixture(scope="module")
def clamd():
    """ClamAV's clamd on a loopback port, with only a signature for the EICAR test string that
    the test makes with sigtool (no freshclam: the machines have no internet)."""
    require_tool("clamd")
    require_tool("sigtool")
    work = Path(tempfile.mkdtemp(prefix="pb-clamd-", dir="/tmp"))
    os.chmod(work, 0o755)
    db = work / "db"
    db.mkdir()
    hexdump = subprocess.run(["sigtool", "--hex-dump"], input=EICAR, capture_output=True, check=True).stdout
    (db / "postbay-test.ndb").write_text(f"Postbay-Test-EICAR:0:*:{hexdump.decode().strip()}\n")
    port = free_port()
    (work / "clamd.conf").write_text(
        f"TCPSocket {port}\nTCPAddr 127.0.0.1\nLocalSocket {work}/clamd.sock\nDatabaseDirectory {db}\nForeground yes\n"
        f"LogFile {work}/clamd.log\nPidFile {work}/clamd.pid\nUser {'root' if os.geteuid() == 0 else os.getlogin()}\n"
        "ScanMail yes\nScanArchive yes\nAlertEncryptedArchive yes\n")
    process = subprocess.Popen(["clamd", "-c", str(work / "clamd.conf")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(lambda: socket.create_connection(("127.0.0.1", port), timeout=1).close() or True,
               timeout=120, what="clamd to listen", interval=0.2)
    yield {"port": port, "socket": str(work / "clamd.sock")}
    process.terminate()
    process.wait(timeout=30)
    shutil.rmtree(work, ignore_errors=True)


def with_attachment(name: str, data: bytes, subject="files"):
    import base64
    msg_id = f"{uuid.uuid4().hex}@sender.test"
    encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return msg_id, (f"From: Sender <sender@remote.test>\r\nTo: friend@elsewhere.test\r\nSubject: {subject}\r\n"
                    f"Date: {formatdate()}\r\nMessage-ID: <{msg_id}>\r\nMIME-Version: 1.0\r\n"
                    "Content-Type: multipart/mixed; boundary=sep\r\n\r\n--sep\r\nContent-Type: text/plain\r\n\r\n"
                    f"See the attachment.\r\n--sep\r\nContent-Type: application/octet-stream; name={name}\r\n"
                    f"Content-Disposition: attachment; filename={name}\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() \
        + encoded + b"--sep--\r\n"


def zipped(name: str, data: bytes) -> bytes:
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(name, data)
    return buf.getvalue()


def test_clamd_finds_eicar_in_a_plain_and_a_zipped_attachment(server, clamd):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    defaults = admin.ok("GET", "/settings/antivirus")
    assert defaults == {"engine": None, "action": "reject", "onFailure": "defer", "maxScanBytes": 25 * 1024 * 1024,
                        "timeBudgetSeconds": 30, "onUnscannable": "accept"}
    for bad, field in (({"engine": {"kind": "clamd", "host": "", "port": 3310}}, "engine.host"),
                       ({"engine": {"kind": "clampSocket", "path": "x"}}, None),
                       ({"engine": {"kind": "clamdSocket", "path": "relative"}}, "engine.path"),
                       ({"timeBudgetSeconds": 0}, "timeBudgetSeconds")):
        r = admin.put("/settings/antivirus", {**defaults, **bad})
        assert r.status_code in (400, 422) and (field is None or r.json()["field"] == field), (bad, r.text)
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": {"kind": "clamd", "host": "127.0.0.1", "port": clamd["port"]}})
    # Clean mail passes, marked scanned.
    clean, content = with_attachment("report.txt", b"quarterly figures\r\n")
    assert send(server, to, content) is None
    assert header(body_of(server, clean), "X-Virus-Scanned") == "clamd"
    # EICAR attached as it is, and zipped: 554 naming the signature, nothing stored.
    for label, data in (("plain", EICAR), ("zipped", zipped("eicar.com", EICAR))):
        infected, content = with_attachment("eicar.com" if label == "plain" else "eicar.zip", data)
        code, text = send(server, to, content)
        assert code == 554 and "Postbay-Test-EICAR" in text, (label, code, text)
        assert copies(server, infected) == 0
    # Over the Unix socket, set to discard: accepted and dropped.
    admin.ok("PUT", "/settings/antivirus", {**defaults, "action": "discard",
                                             "engine": {"kind": "clamdSocket", "path": clamd["socket"]}})
    dropped, content = with_attachment("eicar.com", EICAR)
    assert send(server, to, content) is None and copies(server, dropped) == 0
    # Counted.
    wait_until(lambda: admin.ok("GET", "/filter-stats")["totals"].get("viruses") == 3, timeout=30,
               what=lambda: f"three viruses counted: {admin.ok('GET', '/filter-stats')['totals']}")
    # The same settings over JSON-RPC.
    rpc = server.rpc()
    assert rpc.ok("AntiVirus.get")["engine"] == {"kind": "clamdSocket", "path": clamd["socket"]}
    err = rpc.err("AntiVirus.set", {"settings": {**defaults, "maxScanBytes": 1}})
    assert err["data"]["field"] == "settings.maxScanBytes", err


def test_a_scanner_that_is_down_defers_or_lets_mail_through_marked(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    defaults = admin.ok("GET", "/settings/antivirus")
    down = {"kind": "clamd", "host": "127.0.0.1", "port": free_port()}
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": down})
    deferred, content = with_attachment("report.txt", b"figures\r\n")
    code, text = send(server, to, content)
    assert code == 451 and text.startswith("4.7.1"), (code, text)
    assert copies(server, deferred) == 0
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": down, "onFailure": "accept"})
    passed, content = with_attachment("report.txt", b"figures\r\n")
    assert send(server, to, content) is None
    assert header(body_of(server, passed), "X-Virus-Scan") == "failed"


def test_users_trust_block_and_refuse_spam_for_themselves(server, world):
    """Each user's own controls, after the server's rules: a trusted sender's spam reaches the
    Inbox, a blocked sender's mail does not reach the user, and a user may refuse spam."""
    admin, a, b = world["admin"], world["a"], world["b"]
    name = a["domain"]["name"]
    user, dadmin = f"user@{name}", f"dadmin@{name}"
    put_settings(admin, blockScore=10.0)  # spam is tagged, not refused, by the server
    me = server.login(user, "Us3r-pass-1")
    uid = a["user"]["id"]
    assert me.ok("GET", f"/accounts/{uid}/spam-settings") == {"trustedSenders": [], "blockedSenders": [], "spamAction": "junk"}
    saved = me.ok("PUT", f"/accounts/{uid}/spam-settings",
                  {"trustedSenders": ["Boss@Partner.test"], "blockedSenders": ["pest.test"], "spamAction": "junk"})
    assert saved == {"trustedSenders": ["boss@partner.test"], "blockedSenders": ["@pest.test"], "spamAction": "junk"}
    bad = me.put(f"/accounts/{uid}/spam-settings", {"blockedSenders": ["not valid@"]})
    assert bad.status_code == 422 and bad.json()["field"] == "blockedSenders", bad.text
    # Another domain's admin cannot see or change them.
    other = server.login(f"dadmin@{b['domain']['name']}", "Dadm1n-pass")
    assert other.get(f"/accounts/{uid}/spam-settings").status_code == 404
    assert other.put(f"/accounts/{uid}/spam-settings", saved).status_code == 404
    # A trusted sender's spam: the Inbox. Anyone else's: Junk.
    trusted, spam = message(body=f"{GTUBE}\r\n")
    assert send_as_server(server, "boss@partner.test", [user], spam, helo="mx.partner.test") is None
    assert folders_of(server, trusted) == ["inbox"]
    untrusted, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, [user], spam) is None
    assert folders_of(server, untrusted) == ["junk"]
    # A blocked sender: refused when the user is the only mailbox; left out when others get it.
    _, plain = message()
    code, text = send_as_server(server, "anyone@pest.test", [user], plain, helo="mx.pest.test")
    assert code == 550 and text.startswith("5.7.1"), (code, text)
    shared, plain = message()
    assert send_as_server(server, "anyone@pest.test", [user, dadmin], plain, helo="mx.pest.test") is None
    assert copies(server, shared) == 1
    # Refusing spam: the user's copy of spam is left out (refused when it is the only one).
    me.ok("PUT", f"/accounts/{uid}/spam-settings", {"spamAction": "reject"})
    _, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, [user], spam)[0] == 550
    both, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, [user, dadmin], spam) is None
    assert copies(server, both) == 1 and folders_of(server, both) == ["junk"]
    # Plain mail still arrives.
    kept, plain = message()
    assert send(server, [user], plain) is None and folders_of(server, kept) == ["inbox"]
    # The same over JSON-RPC, by the domain admin.
    rpc = server.rpc(dadmin, "Dadm1n-pass")
    assert rpc.ok("Users.getSpamSettings", {"userId": uid})["spamAction"] == "reject"
    err = rpc.err("Users.setSpamSettings", {"userId": uid, "settings": {"trustedSenders": ["x@"]}})
    assert err["data"]["field"] == "settings.trustedSenders", err


def test_an_archive_clamd_cannot_open_is_handled_as_set(server, clamd, tmp_path):
    """An encrypted zip (clamd's Heuristics.Encrypted.Zip): delivered marked by default,
    refused or held in quarantine as `onUnscannable` says."""
    require_tool("zip")
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    (tmp_path / "secret.txt").write_text("the plans\n")
    subprocess.run(["zip", "-q", "-P", "s3cret", "secret.zip", "secret.txt"], cwd=tmp_path, check=True)
    locked = (tmp_path / "secret.zip").read_bytes()
    defaults = admin.ok("GET", "/settings/antivirus")
    assert defaults["onUnscannable"] == "accept"
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": {"kind": "clamd", "host": "127.0.0.1", "port": clamd["port"]}})
    kept, content = with_attachment("secret.zip", locked)
    assert send(server, to, content) is None
    assert header(body_of(server, kept), "X-Virus-Scan").startswith("unscannable (Heuristics.Encrypted.Zip")
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": {"kind": "clamd", "host": "127.0.0.1", "port": clamd["port"]},
                                            "onUnscannable": "reject"})
    refused, content = with_attachment("secret.zip", locked)
    code, text = send(server, to, content)
    assert code == 554 and text.startswith("5.7.1"), (code, text)
    assert copies(server, refused) == 0
    admin.ok("PUT", "/settings/antivirus", {**defaults, "engine": {"kind": "clamd", "host": "127.0.0.1", "port": clamd["port"]},
                                            "onUnscannable": "quarantine"})
    held, content = with_attachment("secret.zip", locked)
    assert send(server, to, content) is None
    assert copies(server, held) == 0
    entries = admin.ok("GET", "/quarantine", params={"domainId": w["domain"]["id"]})["items"]
    assert len(entries) == 1 and entries[0]["reason"] == "virus" and entries[0]["virus"].startswith("Heuristics.Encrypted")
