"""Issue 18: rspamd as the spam engine. Debian's rspamd, started by the test on loopback with a
configuration of its own (rspamd_engine.py); its score is scaled onto ours (its reject
threshold is our 10) and its action honoured: `reject` blocks, `add header` tags."""

import json
import urllib.request

import pytest

from conftest import free_port
from dns_server import TestDns
from helpers import require_tool, wait_until
from test_imap import imap, ok
from rspamd_engine import start_rspamd
from test_smtp import body_of, copies, setup_domain
from test_spam_filter import GTUBE, folders_of, header, message, put_settings, send

# rspamd's own test patterns: the same string with another first letter asks another action.
ADD_HEADER = "Y" + GTUBE[1:]
REWRITE_SUBJECT = "Z" + GTUBE[1:]


@pytest.fixture(scope="module")
def rspamd():
    require_tool("rspamd")
    require_tool("redis-server")
    resolver = TestDns()
    try:
        with start_rspamd(resolver.address) as engine:
            yield engine
    finally:
        resolver.stop()


def test_rspamd_scores_mail_and_its_action_is_applied(server, rspamd):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    put_settings(admin, engine={"kind": "rspamd", "host": "127.0.0.1", "port": rspamd.port})
    # A plain message: below the tag score, in the Inbox, rspamd's symbols named.
    kept, plain = message()
    assert send(server, to, plain) is None
    stored = body_of(server, kept)
    status = header(stored, "X-Spam-Status")
    assert status.startswith("No, score=") and "tests=none" not in status, status
    assert float(header(stored, "X-Spam-Score")) < 5.0
    assert folders_of(server, kept) == ["inbox"]
    # rspamd says "add header" (its score 6 of 15 is 4.0 of our 10): its action tags anyway.
    tagged, spam = message(body=f"{ADD_HEADER}\r\n")
    assert send(server, to, spam) is None
    stored = body_of(server, tagged)
    status = header(stored, "X-Spam-Status")
    assert status.startswith("Yes, score=5.0") and "ENGINE_TAG" in status and "GTUBE" in status, status
    assert header(stored, "X-Spam-Flag") == "YES"
    assert folders_of(server, tagged) == ["junk"]
    # "rewrite subject" (score 0) tags as well.
    rewritten, spam = message(body=f"{REWRITE_SUBJECT}\r\n")
    assert send(server, to, spam) is None
    assert header(body_of(server, rewritten), "X-Spam-Flag") == "YES"
    # GTUBE: rspamd's reject and our rule, refused at SMTP; with blocking off it is tagged
    # and both GTUBE hits are named.
    refused, spam = message(body=f"{GTUBE}\r\n")
    code, text = send(server, to, spam)
    assert code == 550 and text.startswith("5.7.1"), (code, text)
    assert copies(server, refused) == 0
    put_settings(admin, blockScore=10.0)
    both, spam = message(body=f"{GTUBE}\r\n")
    assert send(server, to, spam) is None
    status = header(body_of(server, both), "X-Spam-Status")
    assert status.count("GTUBE") == 2, status


def test_rspamd_down_is_handled_by_the_fallback(server, rspamd):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    # Something that is not rspamd answers (redis): an engine error, not a hang; nothing at
    # all answers: the same.
    put_settings(admin, engine={"kind": "rspamd", "host": "127.0.0.1", "port": rspamd.redis_port})
    kept, plain = message()
    assert send(server, to, plain) is None
    assert "ENGINE_UNAVAILABLE" in header(body_of(server, kept), "X-Spam-Status")
    put_settings(admin, engine={"kind": "rspamd", "host": "127.0.0.1", "port": free_port()})
    kept, plain = message()
    assert send(server, to, plain) is None
    assert "ENGINE_UNAVAILABLE" in header(body_of(server, kept), "X-Spam-Status")
    put_settings(admin, onEngineFailure="defer")
    deferred, plain = message()
    code, text = send(server, to, plain)
    assert code == 451 and text.startswith("4.7.1"), (code, text)
    assert copies(server, deferred) == 0


def learned(rspamd) -> int:
    """How many messages rspamd's classifier has learned (its controller's /stat)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{rspamd.controller}/stat", timeout=10) as r:
        return json.loads(r.read())["learned"]


SPAMMY = "cheap replica watches discount pharmacy pills casino winner lottery prize money transfer urgent\r\n"
HAMMY = "meeting agenda quarterly report budget review project timeline team lunch schedule minutes\r\n"


def test_moving_mail_into_and_out_of_junk_teaches_rspamd(server, rspamd):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    to = [f"alice@{name}"]
    put_settings(admin, engine={"kind": "rspamd", "host": "127.0.0.1", "port": rspamd.port,
                                "controllerPort": rspamd.controller})
    # A ham message the filter gets wrong (a rule files it in Junk); a spam one it misses.
    wrong = admin.ok("POST", "/spam-rules", {"name": "AGENDA", "target": "header", "header": "Subject",
                                             "test": "contains", "value": "agenda", "action": "spam"})
    missed, spam = message(subject="deal", body=SPAMMY)
    mistaken, ham = message(subject="agenda", body=HAMMY)
    assert send(server, to, spam) is None and send(server, to, ham) is None
    assert folders_of(server, missed) == ["inbox"] and folders_of(server, mistaken) == ["junk"]
    before = learned(rspamd)
    # The user puts both right over IMAP: the spam into Junk, the ham out of it.
    client = imap(server, to[0])
    ok(client.select("INBOX"))
    uids = ok(client.uid("SEARCH", None, "SUBJECT", "deal"))[0].split()
    ok(client.uid("MOVE", uids[0].decode(), '"Junk E-mail"'))
    ok(client.select('"Junk E-mail"'))
    uids = ok(client.uid("SEARCH", None, "SUBJECT", "agenda"))[0].split()
    ok(client.uid("MOVE", uids[0].decode(), "INBOX"))
    client.logout()
    wait_until(lambda: learned(rspamd) >= before + 2, timeout=30, what="rspamd to learn both messages")
    # Its classifier now knows such spam.
    admin.ok("DELETE", f"/spam-rules/{wrong['id']}")
    again, spam = message(subject="offer", body=SPAMMY)
    assert send(server, to, spam) is None
    assert "BAYES_SPAM" in header(body_of(server, again), "X-Spam-Status")
