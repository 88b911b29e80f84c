"""The search index (issue 20): IMAP SEARCH over decoded text in every charset, transfer
encoding and HTML, the same answers before, during and after indexing; a message delivered
and searched at once is found; ENVELOPE, BODYSTRUCTURE and header fields read from what the
index keeps equal what the message gives; the admin API's message search, paged, scoped and
audited, and the indexing progress."""

import base64
import imaplib
import quopri
import re
import time

from conftest import psql
from test_imap import PASSWORD, imap, ok
from test_pop3 import deliver
from test_smtp import setup_domain
from helpers import wait_until


def mime(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


# (name, message): each message holds words only it has, in its own charset and encoding.
CORPUS = [
    ("qp-utf8", mime("From: =?utf-8?q?J=C3=B6rg_M=C3=BCller?= <joerg@example.test>\nTo: team@example.test\n"
                     "Subject: =?utf-8?q?R=C3=A9union_pr=C3=A9vue?=\nDate: Tue, 3 Mar 2026 23:30:00 -0500\n"
                     "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
                     "Content-Transfer-Encoding: quoted-printable\n",
                     quopri.encodestring("Le café est prêt pour la réunion, softline".encode()) + b"=\r\nbreak\r\n")),
    ("b64-latin1", mime("From: sender@remote.test\nTo: Köln Büro <buero@example.test>\nSubject: greetings\n"
                        "MIME-Version: 1.0\nContent-Type: text/plain; charset=iso-8859-1\n"
                        "Content-Transfer-Encoding: base64\n",
                        b64("Viele Grüße aus Köln, Straße".encode("iso-8859-1")))),
    ("sjis", mime("From: tanaka@example.jp\nTo: team@example.test\nSubject: =?shift_jis?b?" +
                  base64.b64encode("会議のお知らせ".encode("shift_jis")).decode() + "?=\n"
                  "MIME-Version: 1.0\nContent-Type: text/plain; charset=shift_jis\nContent-Transfer-Encoding: base64\n",
                  b64("日本語のテキストです".encode("shift_jis")))),
    ("koi8", mime("From: ivan@example.ru\nTo: team@example.test\nSubject: privet\nMIME-Version: 1.0\n"
                  "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n",
                  "Привет, мир! Отчёт готов.\r\n".encode("koi8-r"))),
    ("html", mime("From: news@example.test\nTo: team@example.test\nSubject: newsletter\nMIME-Version: 1.0\n"
                  "Content-Type: text/html; charset=utf-8\n",
                  b"<html><head><style>p{color:red}</style></head><body><p>Quarterly <b>numbers</b> &amp; plans</p></body></html>\r\n")),
    ("attachment", mime("From: boss@example.test\nTo: team@example.test\nSubject: slides\nMIME-Version: 1.0\n"
                        "Content-Type: multipart/mixed; boundary=\"b1\"\n",
                        b"--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nSee attached deck.\r\n"
                        b"--b1\r\nContent-Type: application/pdf\r\n"
                        b"Content-Disposition: attachment; filename*=utf-8''Pr%C3%A9sentation%20finale.pdf\r\n"
                        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64(b"%PDF-1.4 binary zzqx") +
                        b"--b1--\r\n")),
]

# (search criteria, charset or None, names expected to match).
SEARCHES = [
    (["BODY", "café"], "UTF-8", {"qp-utf8"}),
    (["BODY", "softlinebreak"], None, {"qp-utf8"}),
    (["SUBJECT", "réunion"], "UTF-8", {"qp-utf8"}),
    (["FROM", "müller"], "UTF-8", {"qp-utf8"}),
    (["FROM", "joerg@exam"], None, {"qp-utf8"}),
    (["BODY", "grüße"], "UTF-8", {"b64-latin1"}),
    (["TO", "köln"], "UTF-8", {"b64-latin1"}),
    (["BODY", "日本語"], "UTF-8", {"sjis"}),
    (["SUBJECT", "会議"], "UTF-8", {"sjis"}),
    (["BODY", "ПРИВЕТ"], "UTF-8", {"koi8"}),
    (["BODY", "quarterly numbers & plans"], None, {"html"}),
    (["BODY", "<b>"], None, set()),
    (["BODY", "color:red"], None, set()),
    (["TEXT", "présentation finale"], "UTF-8", {"attachment"}),
    (["BODY", "zzqx"], None, set()),
    (["HEADER", "Content-Transfer-Encoding", "8bit"], None, {"koi8"}),
    (["HEADER", "X-None", ""], None, set()),
    (["TEXT", "team@example"], None, {"qp-utf8", "sjis", "koi8", "html", "attachment"}),
    (["NOT", "BODY", "café"], "UTF-8", {"b64-latin1", "sjis", "koi8", "html", "attachment"}),
    (["OR", "BODY", "zzqx", "SUBJECT", "slides"], None, {"attachment"}),
    (["SENTON", "3-Mar-2026"], None, {"qp-utf8"}),
    (["BODY", "nowhere-at-all"], None, set()),
]


def literal_search(client: imaplib.IMAP4, criteria: list[str], charset: str | None) -> list[int]:
    """UID SEARCH with every argument sent as a literal (so any UTF-8 text passes)."""
    tag = client._new_tag()
    parts = [tag + b" UID SEARCH"]
    if charset:
        parts[0] += b" CHARSET " + charset.encode()
    client.send(parts[0])
    for word in criteria:
        if re.fullmatch(r"[A-Z]+|\d{1,2}-[A-Za-z]{3}-\d{4}", word):
            client.send(b" " + word.encode())
            continue
        data = word.encode()
        client.send(b" {%d}\r\n" % len(data))
        assert client._get_line().startswith(b"+"), "no continuation"
        client.send(data)
    client.send(b"\r\n")
    uids = []
    while True:
        line = client._get_line()
        if line.startswith(b"* SEARCH"):
            uids = [int(u) for u in line.split()[2:]]
        elif line.startswith(tag):
            assert b" OK " in line, line
            return sorted(uids)


def run_searches(client, uid_of: dict[str, int]) -> list[tuple]:
    failures = []
    for criteria, charset, expected in SEARCHES:
        found = literal_search(client, criteria, charset)
        want = sorted(uid_of[n] for n in expected)
        if found != want:
            failures.append((criteria, found, want))
    return failures


def append_corpus(client) -> dict[str, int]:
    uid_of = {}
    for name, message in CORPUS:
        typ, data = client.append("INBOX", None, None, message)
        assert typ == "OK", data
        uid_of[name] = int(data[0].split(b"APPENDUID ")[1].split()[1].rstrip(b"]"))
    return uid_of


def index_status(admin, account_id) -> dict:
    return admin.ok("GET", f"/accounts/{account_id}/search-index")


def test_searches_are_the_same_before_during_and_after_indexing(server):
    w = setup_domain(server)
    client = imap(server, f"alice@{w['name']}")
    uid_of = append_corpus(client)
    client.select("INBOX")
    # At once: whatever the indexer has reached, the answers are exact.
    assert run_searches(client, uid_of) == []
    wait_until(lambda: index_status(w["admin"], w["alice"]["id"])["pendingMessages"] == 0, timeout=30)
    status = index_status(w["admin"], w["alice"]["id"])
    assert status["indexedMessages"] == len(CORPUS) and status["percent"] == 100.0, status
    assert run_searches(client, uid_of) == []
    # The index dropped (as after an upgrade): searches read the messages until it is back,
    # then the index again; every answer on the way is the same.
    psql("DELETE FROM content_index; UPDATE message_contents SET indexed = false", server.db)
    rounds = 0
    while True:
        assert run_searches(client, uid_of) == []
        rounds += 1
        if index_status(w["admin"], w["alice"]["id"])["pendingMessages"] == 0:
            break
        time.sleep(0.05)
    assert run_searches(client, uid_of) == []
    client.logout()


def test_a_message_delivered_and_searched_at_once_is_found(server):
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    client = imap(server, alice)
    client.select("INBOX")
    for n in range(5):
        deliver(server, alice, 1, body=f"fresh word kqzv{n}\r\n")
        client.noop()  # as a client hears of new mail (IDLE, NOOP), then searches
        assert len(ok(client.uid("SEARCH", None, "BODY", f"kqzv{n}"))[0].split()) == 1, n
        assert len(ok(client.uid("SEARCH", None, "TEXT", f"kqzv{n}"))[0].split()) == 1, n
    client.logout()


def test_fetch_reads_what_the_index_keeps_and_it_equals_the_message(server):
    w = setup_domain(server)
    client = imap(server, f"alice@{w['name']}")
    append_corpus(client)
    client.select("INBOX")
    items = "(ENVELOPE BODYSTRUCTURE BODY RFC822.HEADER BODY.PEEK[HEADER] BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)] BODY.PEEK[HEADER.FIELDS.NOT (TO)])"

    def fetched():
        data = ok(client.uid("FETCH", "1:*", items))
        return [p if isinstance(p, bytes) else p[0] + p[1] for p in data]

    wait_until(lambda: index_status(w["admin"], w["alice"]["id"])["pendingMessages"] == 0, timeout=30)
    from_index = fetched()
    # Without the index, FETCH parses each message: the very same bytes.
    psql("DELETE FROM content_index; UPDATE message_contents SET indexed = false", server.db)
    parsed = fetched()
    assert from_index == parsed
    joined = b"".join(parsed)
    assert b'"MIXED"' in joined and b'"APPLICATION" "PDF"' in joined and b"Subject: slides\r\n\r\n" in joined
    client.logout()


def test_admin_api_searches_an_account_paged_scoped_and_audited(server):
    w = setup_domain(server)
    admin = w["admin"]
    alice_id = w["alice"]["id"]
    client = imap(server, f"alice@{w['name']}")
    append_corpus(client)
    ok(client.create("Archive"))
    typ, _ = client.append("Archive", None, None, mime("From: boss@example.test\nSubject: archived slides\n", b"old deck\r\n"))
    assert typ == "OK"
    client.logout()
    found = admin.ok("GET", f"/accounts/{alice_id}/messages", params={"q": "présentation"})
    assert [m["subject"] for m in found["items"]] == ["slides"] and found["items"][0]["folder"] == "INBOX"
    found = admin.ok("GET", f"/accounts/{alice_id}/messages", params={"subject": "SLIDES"})
    assert sorted(m["folder"] for m in found["items"]) == ["Archive", "INBOX"]
    found = admin.ok("GET", f"/accounts/{alice_id}/messages", params={"subject": "slides", "folder": "Archive"})
    assert [m["subject"] for m in found["items"]] == ["archived slides"]
    found = admin.ok("GET", f"/accounts/{alice_id}/messages", params={"from": "müller"})
    assert len(found["items"]) == 1 and found["items"][0]["uid"] >= 1
    # Pages of two, newest first, until the cursor runs out: every message once.
    seen, sizes, cursor = [], {}, None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = admin.ok("GET", f"/accounts/{alice_id}/messages", params=params)
        seen += [m["id"] for m in page["items"]]
        sizes.update({m["id"]: m["size"] for m in page["items"]})
        cursor = page.get("nextCursor")
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == len(CORPUS) + 1
    middle = sorted(sizes.values())[len(sizes) // 2]
    big = admin.ok("GET", f"/accounts/{alice_id}/messages", params={"minSize": middle})
    assert {m["id"] for m in big["items"]} == {i for i, n in sizes.items() if n >= middle}
    # Bad input: a precise answer.
    r = admin.get(f"/accounts/{alice_id}/messages", params={"limit": 0})
    assert r.status_code == 422 and r.json()["field"] == "limit", r.text
    r = admin.get(f"/accounts/{alice_id}/messages", params={"cursor": "bogus"})
    assert r.status_code == 422 and r.json()["code"] == "invalid_cursor", r.text
    r = admin.get(f"/accounts/{alice_id}/messages", params={"q": "x" * 257})
    assert r.status_code == 422 and r.json()["field"] == "q", r.text
    assert admin.get(f"/accounts/{alice_id}/messages", params={"folder": "Nope"}).status_code == 404
    # The audit trail says who searched whose mail, and for what.
    events = admin.ok("GET", "/audit-events", params={"action": "account.searchMail", "objectId": alice_id})["items"]
    assert any(e["changes"].get("q") == "présentation" for e in events), events
    # The user may search their own mail; another user of the domain may not (not found).
    alice = server.login(f"alice@{w['name']}", PASSWORD)
    assert alice.ok("GET", f"/accounts/{alice_id}/messages", params={"q": "café"})["items"]
    bob = server.login(f"bob@{w['name']}", PASSWORD)
    assert bob.get(f"/accounts/{alice_id}/messages").status_code == 404
    # A domain admin only where the domain allows it, which only tenant admins may set.
    admin.ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = server.login(f"clerk@{w['name']}", "Cl3rk-pass-123")
    r = clerk.get(f"/accounts/{alice_id}/messages")
    assert r.status_code == 403, r.text
    assert clerk.get(f"/accounts/{alice_id}/search-index").status_code == 200
    mail = admin.ok("GET", f"/domains/{w['domain']['id']}")["mail"]
    r = clerk.patch(f"/domains/{w['domain']['id']}", {"mail": {**mail, "adminsMaySearchMail": True}})
    assert r.status_code == 403, r.text
    admin.ok("PATCH", f"/domains/{w['domain']['id']}", {"mail": {**mail, "adminsMaySearchMail": True}})
    assert clerk.ok("GET", f"/accounts/{alice_id}/messages", params={"q": "café"})["items"]
    # A domain admin of another domain never reaches it.
    other = setup_domain(server)
    other["admin"].ok("POST", f"/domains/{other['domain']['id']}/accounts", {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    stranger = server.login(f"clerk@{other['name']}", "Cl3rk-pass-123")
    assert stranger.get(f"/accounts/{alice_id}/messages").status_code == 404
    assert stranger.get(f"/accounts/{alice_id}/search-index").status_code == 404
    # JSON-RPC: the same search.
    rpc = server.rpc()
    result = rpc.ok("Users.searchMessages", {"userId": alice_id, "query": {"q": "grüße"}})
    assert [m["subject"] for m in result["items"]] == ["greetings"]
    status = rpc.ok("Users.getSearchIndexStatus", {"userId": alice_id})
    assert status["indexedMessages"] + status["pendingMessages"] == len(CORPUS) + 1
