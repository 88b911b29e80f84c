"""Collecting remote POP3 mailboxes: a real Dovecot (Debian's dovecot-pop3d) on loopback with
its own configuration and a test CA's certificate, mailboxes seeded by the test, the server
resolving the POP3 host through the test's DNS server. Single-address delivery, every sorting
rule form and the header search order, duplicates, external targets, plain/STLS/SSL and APOP,
limits, leave-on-server with UIDL, a connection cut inside RETR, errors on the account,
"download now" and the scheduler."""

import json
import uuid

import pytest

from conftest import psql, unique
from dns_server import TestDns
from dovecot import CutProxy, Dovecot, make_certs
from test_smtp import body_of, count, owners
from helpers import wait_until

POP_HOST = "pop.collect.test"
REMOTE = "company.test"  # the domain the remote mailbox holds mail for
PASSWORD = "Passw0rd-x"


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certs(tmp_path_factory.mktemp("certs"), POP_HOST)


@pytest.fixture
def dovecot(certs):
    d = Dovecot(certs.cert, certs.key, users={"box": "Box-secret-1", "other": "Other-secret-1"})
    yield d
    d.stop()


@pytest.fixture
def collecting(server, certs, tmp_path, request):
    """The server, resolving the POP3 host through the test's DNS server and trusting the
    test CA (rustls-native-certs reads SSL_CERT_FILE); a test may add variables by
    parametrizing this fixture indirectly."""
    dns = TestDns()
    dns.add(POP_HOST, "A", "127.0.0.1")
    server.restart(tmp_path, {"POSTBAY_DNS_SERVERS": dns.address, "SSL_CERT_FILE": str(certs.ca), "SSL_CERT_DIR": None,
                              **getattr(request, "param", {})})
    yield server
    dns.stop()


@pytest.fixture
def local(collecting):
    """A local domain with alice, bob and carol."""
    admin = collecting.admin()
    name = unique("local") + ".test"
    d = admin.ok("POST", "/domains", {"name": name})
    ids = {"admin": admin, "domain": d, "name": name, "server": collecting}
    for login in ("alice", "bob", "carol"):
        ids[login] = admin.ok("POST", f"/domains/{d['id']}/accounts", {"loginName": login, "password": PASSWORD})
    return ids


def mail(headers: dict, body="Collected body.\r\n.a line with a leading dot\r\n"):
    msg_id = f"{uuid.uuid4().hex}@remote.test"
    lines = [f"{k}: {v}" for k, v in {"From": "Sender <sender@outside.test>", "Subject": "collected",
                                       "Message-ID": f"<{msg_id}>", **headers}.items()]
    return msg_id, ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def account(api, dovecot, user="box", password="Box-secret-1", **fields):
    body = {"host": POP_HOST, "port": dovecot.pop3_port, "username": user, "password": password,
            "delivery": {"mode": "sortingRules"}, **fields}
    return api.ok("POST", "/pop3-accounts", body, status=201)


def collect(api, account_id=None, timeout=60):
    """Download now, and wait for the job to finish."""
    job = api.ok("POST", "/pop3-collections", {"accountId": account_id} if account_id else {}, status=202)
    assert job["state"] == "queued"
    return wait_until(lambda: (j := api.ok("GET", f"/pop3-collections/{job['id']}"))["state"] == "finished" and j,
                      timeout=timeout, what="the collection job to finish")


def only(job):
    assert len(job["results"]) == 1, job
    return job["results"][0]


def test_everything_to_one_address_stored_as_it_came(local, dovecot):
    api, name = local["admin"], local["name"]
    seeded = [mail({"To": f"someone@{REMOTE}"}) for _ in range(3)]
    dovecot.seed("box", [m for _, m in seeded])
    acc = account(api, dovecot, delivery={"mode": "address", "address": f"alice@{name}"})
    assert "password" not in acc and acc["retention"] == {"mode": "delete"} and acc["security"] == "none"
    result = only(collect(api, acc["id"]))
    assert result["error"] is None and result["messages"] == 3 and result["deleted"] == 3, result
    server = local["server"]
    for msg_id, raw in seeded:
        assert owners(server, msg_id) == ["alice"]
        stored = body_of(server, msg_id)
        # One trace header in front; the rest byte for byte, leading dot included.
        trace, rest = stored.split(b"\r\n", 1)
        assert trace.startswith(b"Received: from pop.collect.test (127.0.0.1) by mail.primary.test with POP3 id ")
        assert rest == raw
    assert dovecot.count("box") == 0
    status = api.ok("GET", f"/pop3-accounts/{acc['id']}")["status"]
    assert status["lastMessages"] == 3 and status["totalMessages"] == 3 and status["lastError"] is None
    assert status["lastSuccessAt"] and not status["running"]
    # Nothing new: a second run fetches nothing.
    assert only(collect(api, acc["id"]))["messages"] == 0


def test_sorting_rules_and_the_header_search_order(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    acc = account(api, dovecot, preferredHeader="X-Envelope-To")
    rules = f"/pop3-accounts/{acc['id']}/sorting-rules"
    api.ok("POST", rules, {"sortAddress": f"*@{REMOTE}", "deliverTo": f"*@{name}"}, status=201)
    api.ok("POST", rules, {"sortAddress": "*", "deliverTo": f"carol@{name}"}, status=201)
    api.ok("POST", rules, {"sortAddress": f"Special@{REMOTE.upper()}", "deliverTo": "partner@outside.test"}, status=201)
    api.ok("POST", rules, {"sortAddress": f"boss@{REMOTE}", "deliverTo": f"bob@{name}"}, status=201)
    listed = [r["sortAddress"] for r in api.ok("GET", rules)]
    assert listed == [f"boss@{REMOTE}", f"special@{REMOTE}", f"*@{REMOTE}", "*"], "complete addresses, then *@domain, then *"
    cases = {
        # The preferred header wins over To.
        "envelope": ({"X-Envelope-To": f"<bob@{REMOTE}>", "To": f"alice@{REMOTE}"}, ["bob"]),
        # Without it, Resent-To comes before To.
        "resent": ({"Resent-To": f"bob@{REMOTE}", "To": f"alice@{REMOTE}"}, ["bob"]),
        # A preferred header that matches no rule falls through to the next headers.
        "unmatched envelope": ({"X-Envelope-To": "nobody@elsewhere.test", "To": f"alice@{REMOTE}"}, ["alice"]),
        # Cc counts as To does; *@domain > *@domain takes the same local part here.
        "cc": ({"To": "someone@elsewhere.test", "Cc": f"\"Alice A.\" <Alice@{REMOTE}>"}, ["alice"]),
        # An exact rule wins over *@domain.
        "exact": ({"To": f"boss@{REMOTE}"}, ["bob"]),
        # Several local recipients: each gets it once.
        "several": ({"To": f"alice@{REMOTE}, bob@{REMOTE}", "Cc": f"alice@{REMOTE}"}, ["alice", "bob"]),
        # *@domain > *@domain takes only addresses that exist here; the rest goes to *.
        "unknown local part": ({"To": f"nobody@{REMOTE}"}, ["carol"]),
        "no match": ({"To": "x@elsewhere.test"}, ["carol"]),
    }
    # Offline: what goes out waits in the queue, where the test can see it.
    api.ok("PUT", "/settings/delivery", {**api.ok("GET", "/settings/delivery"), "offline": True})
    seeded = {k: mail(h) for k, (h, _) in cases.items()}
    ext_id, ext = mail({"To": f"special@{REMOTE}"})
    dovecot.seed("box", [m for _, m in seeded.values()] + [ext])
    result = only(collect(api, acc["id"]))
    assert result["error"] is None and result["messages"] == len(cases) + 1, result
    for key, (_, expected) in cases.items():
        assert owners(server, seeded[key][0]) == expected, key
    # The external target went to the outbound queue.
    assert owners(server, ext_id) == []
    assert count(server, "SELECT count(*) FROM outbound_recipients WHERE address = 'partner@outside.test'") == 1
    # Without the * rule, a message no rule takes is discarded (and logged), not bounced.
    star = next(r for r in api.ok("GET", rules) if r["sortAddress"] == "*")
    api.ok("DELETE", f"{rules}/{star['id']}", status=204)
    lost_id, lost = mail({"To": "x@elsewhere.test"})
    dovecot.seed("box", [lost])
    result = only(collect(api, acc["id"]))
    assert result["discarded"] == 1 and result["messages"] == 0 and result["error"] is None, result
    assert owners(server, lost_id) == [] and dovecot.count("box") == 0
    assert count(server, "SELECT count(*) FROM outbound_recipients") == 1, "no bounce for a discarded message"


def test_other_preferred_headers(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    acc = account(api, dovecot, preferredHeader="Delivered-To")
    api.ok("POST", f"/pop3-accounts/{acc['id']}/sorting-rules", {"sortAddress": f"*@{REMOTE}", "deliverTo": f"*@{name}"}, status=201)
    delivered_id, delivered = mail({"Delivered-To": f"carol@{REMOTE}", "To": f"alice@{REMOTE}"})
    dovecot.seed("box", [delivered])
    only(collect(api, acc["id"]))
    assert owners(server, delivered_id) == ["carol"]
    api.ok("PATCH", f"/pop3-accounts/{acc['id']}", {"preferredHeader": "Received"})
    received_id, received = mail({"Received": f"from a by b with ESMTP id 1 for <bob@{REMOTE}>; Mon, 30 Nov 2026 10:00:00 +0000",
                                  "To": f"alice@{REMOTE}"})
    dovecot.seed("box", [received])
    only(collect(api, acc["id"]))
    assert owners(server, received_id) == ["bob"]


@pytest.mark.parametrize("drop", [False, True])
def test_a_domain_mailbox_copy_per_recipient_and_dropping_duplicates(local, dovecot, drop):
    api, name, server = local["admin"], local["name"], local["server"]
    acc = account(api, dovecot, dropDuplicates=drop, preferredHeader="")
    api.ok("POST", f"/pop3-accounts/{acc['id']}/sorting-rules", {"sortAddress": f"*@{REMOTE}", "deliverTo": f"*@{name}"}, status=201)
    # A domain mailbox stores a message with three domain recipients three times, identical.
    msg_id, raw = mail({"To": f"alice@{REMOTE}, bob@{REMOTE}", "Cc": f"carol@{REMOTE}"})
    dovecot.seed("box", [raw, raw, raw])
    result = only(collect(api, acc["id"]))
    per_user = 1 if drop else 3
    assert result["messages"] == (1 if drop else 3) and result["duplicates"] == (2 if drop else 0), result
    for login in ("alice", "bob", "carol"):
        assert count(server, f"SELECT count(*) FROM messages m JOIN message_contents c ON c.id = m.content_id "
                             f"JOIN accounts a ON a.id = m.account_id WHERE a.login = '{login}' AND a.domain_id = '{local['domain']['id']}' "
                             f"AND c.summary->>'messageId' = '{msg_id}'") == per_user, login
    assert dovecot.count("box") == 0, "duplicates are removed from the server too"


def test_stls_ssl_apop_and_connection_tests(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    target = {"mode": "address", "address": f"bob@{name}"}
    setups = {
        "stls": {"security": "stls", "port": dovecot.pop3_port},
        "ssl": {"security": "tls", "port": dovecot.pop3s_port},
        "apop": {"authentication": "apop", "port": dovecot.pop3_port},
    }
    for label, setup in setups.items():
        acc = account(api, dovecot, delivery=target, **setup)
        msg_id, raw = mail({"To": "x@y.test", "Subject": label})
        dovecot.seed("box", [raw])
        tested = api.ok("POST", f"/pop3-accounts/{acc['id']}/test")
        assert tested == {"ok": True, "secure": label != "apop", "messages": 1, "bytes": tested["bytes"], "error": None}, (label, tested)
        assert dovecot.count("box") == 1, "a test downloads nothing"
        result = only(collect(api, acc["id"]))
        assert result["messages"] == 1 and result["error"] is None, (label, result)
        assert owners(server, msg_id) == ["bob"]
        api.ok("DELETE", f"/pop3-accounts/{acc['id']}", status=204)


def test_errors_are_recorded_on_the_account(local, dovecot, certs):
    api, name = local["admin"], local["name"]
    target = {"mode": "address", "address": f"bob@{name}"}
    dovecot.seed("box", [mail({"To": "x@y.test"})[1]])
    wrong = account(api, dovecot, password="wrong-password", delivery=target)
    tested = api.ok("POST", f"/pop3-accounts/{wrong['id']}/test")
    assert tested["ok"] is False and "login refused" in tested["error"], tested
    result = only(collect(api, wrong["id"]))
    assert "login refused" in result["error"]
    status = api.ok("GET", f"/pop3-accounts/{wrong['id']}")["status"]
    assert "login refused" in status["lastError"] and status["consecutiveFailures"] == 1 and status["retryAfter"]
    assert "wrong-password" not in json.dumps(api.ok("GET", f"/pop3-accounts/{wrong['id']}")), "the password is never shown"
    # The certificate names pop.collect.test: by IP address it does not match.
    by_ip = account(api, dovecot, host="127.0.0.1", security="tls", port=dovecot.pop3s_port, delivery=target)
    tested = api.ok("POST", f"/pop3-accounts/{by_ip['id']}/test")
    assert tested["ok"] is False and "certificate" in tested["error"].lower(), tested
    only(collect(api, by_ip["id"]))
    assert "certificate" in api.ok("GET", f"/pop3-accounts/{by_ip['id']}")["status"]["lastError"].lower()
    # An administrator who knows the server may accept its certificate.
    api.ok("PATCH", f"/pop3-accounts/{by_ip['id']}", {"verifyCertificate": False})
    assert api.ok("POST", f"/pop3-accounts/{by_ip['id']}/test")["ok"] is True
    result = only(collect(api, by_ip["id"]))
    assert result["messages"] == 1
    status = api.ok("GET", f"/pop3-accounts/{by_ip['id']}")["status"]
    assert status["lastError"] is None and status["consecutiveFailures"] == 0 and status["retryAfter"] is None
    # Nothing listening: a connection error.
    closed = account(api, dovecot, port=9, delivery=target)
    assert "cannot connect" in only(collect(api, closed["id"]))["error"]
    # Bad input gets a precise answer.
    bad = api.post("/pop3-accounts", {"host": POP_HOST, "username": "u", "password": "p" * 120,
                                      "delivery": {"mode": "sortingRules"}})
    assert bad.status_code == 422 and bad.json()["code"] == "too_long" and bad.json()["field"] == "password"
    bad = api.post("/pop3-accounts", {"host": POP_HOST, "username": "u", "password": "p\r\nDELE 1",
                                      "delivery": {"mode": "sortingRules"}})
    assert bad.status_code == 422 and bad.json()["field"] == "password"
    rule = api.post(f"/pop3-accounts/{wrong['id']}/sorting-rules", {"sortAddress": "bo*@x.test", "deliverTo": f"bob@{name}"})
    assert rule.status_code == 422 and rule.json()["code"] == "invalid_sort_address"
    rule = api.post(f"/pop3-accounts/{wrong['id']}/sorting-rules", {"sortAddress": "*@x.test", "deliverTo": "*@not-ours.test"})
    assert rule.status_code == 422 and rule.json()["code"] == "not_local"


def test_a_full_mailbox_or_a_missing_target_leaves_the_message_on_the_server(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    # Carol is over her quota (one message stored, a one-byte quota).
    first_id, first = mail({"To": "x@y.test"})
    dovecot.seed("box", [first])
    acc = account(api, dovecot, delivery={"mode": "address", "address": f"carol@{name}"})
    assert only(collect(api, acc["id"]))["messages"] == 1
    api.ok("PATCH", f"/accounts/{local['carol']['id']}", {"quotaBytes": 1})
    held_id, held = mail({"To": "x@y.test"})
    dovecot.seed("box", [held])
    result = only(collect(api, acc["id"]))
    assert result["messages"] == 0 and result["deferred"] == 1 and result["error"] is None, result
    assert "full" in result["warning"] and dovecot.count("box") == 1
    status = api.ok("GET", f"/pop3-accounts/{acc['id']}")["status"]
    assert "full" in status["lastError"] and status["consecutiveFailures"] == 0, "a full mailbox is no failure of the account"
    assert count(server, "SELECT count(*) FROM outbound_recipients") == 0, "no bounce to the original sender"
    api.ok("PATCH", f"/accounts/{local['carol']['id']}", {"quotaBytes": 0})
    assert only(collect(api, acc["id"]))["messages"] == 1
    assert owners(server, held_id) == ["carol"] and dovecot.count("box") == 0
    # A target that takes no mail (nobody here by that name): kept for when it does.
    api.ok("PATCH", f"/pop3-accounts/{acc['id']}", {"delivery": {"mode": "address", "address": f"nobody@{name}"}})
    kept_id, kept = mail({"To": "x@y.test"})
    dovecot.seed("box", [kept])
    result = only(collect(api, acc["id"]))
    assert result["deferred"] == 1 and "no target takes mail" in result["warning"] and dovecot.count("box") == 1, result
    api.ok("POST", f"/domains/{local['domain']['id']}/accounts", {"loginName": "nobody", "password": PASSWORD})
    assert only(collect(api, acc["id"]))["messages"] == 1
    assert owners(server, kept_id) == ["nobody"] and dovecot.count("box") == 0


def test_per_session_limits(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    seeded = [mail({"To": "x@y.test", "Subject": f"n{i}"}) for i in range(5)]
    dovecot.seed("box", [m for _, m in seeded])
    acc = account(api, dovecot, delivery={"mode": "address", "address": f"alice@{name}"}, maxSessionMessages=2)
    runs = [only(collect(api, acc["id"])) for _ in range(3)]
    assert [(r["messages"], r["deferred"]) for r in runs] == [(2, 3), (2, 1), (1, 0)]
    assert all(owners(server, m) == ["alice"] for m, _ in seeded) and dovecot.count("box") == 0
    # A byte limit of about one and a half messages: one per session (a larger one still comes alone).
    size = len(seeded[0][1])
    api.ok("PATCH", f"/pop3-accounts/{acc['id']}", {"maxSessionMessages": 0, "maxSessionBytes": size + size // 2})
    more = [mail({"To": "x@y.test", "Subject": f"m{i}"}) for i in range(2)]
    dovecot.seed("box", [m for _, m in more])
    assert only(collect(api, acc["id"]))["messages"] == 1
    assert only(collect(api, acc["id"]))["messages"] == 1
    assert dovecot.count("box") == 0


def test_leave_on_server_with_uidl_then_delete_after_days(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    seeded = [mail({"To": "x@y.test", "Subject": f"k{i}"}) for i in range(3)]
    dovecot.seed("box", [m for _, m in seeded])
    acc = account(api, dovecot, delivery={"mode": "address", "address": f"carol@{name}"}, retention={"mode": "keep"})
    first = only(collect(api, acc["id"]))
    assert first["messages"] == 3 and first["deleted"] == 0 and dovecot.count("box") == 3
    # A new message among the old ones: only it is fetched.
    new_id, new = mail({"To": "x@y.test", "Subject": "new"})
    dovecot.seed("box", [new])
    second = only(collect(api, acc["id"]))
    assert second["messages"] == 1 and dovecot.count("box") == 4
    assert all(owners(server, m) == ["carol"] for m, _ in seeded + [(new_id, new)]), "each fetched exactly once"
    # Keep for 7 days: the three downloaded ten days ago go, the new one stays.
    api.ok("PATCH", f"/pop3-accounts/{acc['id']}", {"retention": {"mode": "keepDays", "days": 7}})
    psql(f"UPDATE pop3_downloads SET downloaded_at = now() - interval '10 days' WHERE account_id = '{acc['id']}' "
         f"AND uidl IN (SELECT uidl FROM pop3_downloads WHERE account_id = '{acc['id']}' ORDER BY downloaded_at LIMIT 3)", server.db)
    third = only(collect(api, acc["id"]))
    assert third["messages"] == 0 and third["deleted"] == 3 and dovecot.count("box") == 1
    bad = api.patch(f"/pop3-accounts/{acc['id']}", {"retention": {"mode": "keepDays", "days": 0}})
    assert bad.status_code == 422 and bad.json()["field"] == "retention.days"


def test_a_connection_cut_inside_retr_loses_nothing_and_doubles_nothing(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    seeded = [mail({"To": "x@y.test", "Subject": f"c{i}"}, body="x" * 400 + "\r\n") for i in range(3)]
    dovecot.seed("box", [m for _, m in seeded])
    size = len(seeded[0][1])
    # The first message passes whole; the connection dies inside the second RETR.
    with CutProxy(("127.0.0.1", dovecot.pop3_port), cut=1, after=size + size // 2) as proxy:
        acc = account(api, dovecot, port=proxy.port, delivery={"mode": "address", "address": f"alice@{name}"})
        first = only(collect(api, acc["id"]))
        assert proxy.cuts == 1 and first["error"] and first["messages"] == 1, first
        assert dovecot.count("box") == 3, "no QUIT, so the server deleted nothing"
        assert "lastError" in api.ok("GET", f"/pop3-accounts/{acc['id']}")["status"]
        second = only(collect(api, acc["id"]))
        assert second["error"] is None and second["messages"] == 2 and second["deleted"] == 3, second
    for msg_id, _ in seeded:
        assert owners(server, msg_id) == ["alice"], "each message exactly once"
    assert dovecot.count("box") == 0


@pytest.mark.parametrize("collecting", [{"POSTBAY_PEER_TIMEOUT_SECONDS": "3"}], indirect=True)
def test_a_server_that_goes_silent_inside_retr_is_given_up_and_the_others_collected(local, dovecot):
    """Issue 16, fault (c): a remote server that stops answering in the middle of a RETR. The
    wait for it runs out (RFC-sized by default, capped at 3 s here by the operator's
    POSTBAY_PEER_TIMEOUT_SECONDS), the account records the error, the other account of the same
    run is collected meanwhile, and the next run takes the rest, nothing twice."""
    api, name, server = local["admin"], local["name"], local["server"]
    seeded = [mail({"To": "x@y.test", "Subject": f"s{i}"}, body="x" * 400 + "\r\n") for i in range(3)]
    dovecot.seed("box", [m for _, m in seeded])
    other_id, other_mail = mail({"To": "x@y.test", "Subject": "other"})
    dovecot.seed("other", [other_mail])
    size = len(seeded[0][1])
    with CutProxy(("127.0.0.1", dovecot.pop3_port), cut=1, after=size + size // 2, stall=True) as proxy:
        stalled = account(api, dovecot, port=proxy.port, delivery={"mode": "address", "address": f"alice@{name}"})
        fine = account(api, dovecot, user="other", password="Other-secret-1",
                       delivery={"mode": "address", "address": f"bob@{name}"})
        job = collect(api)
        results = {r["accountId"]: r for r in job["results"]}
        assert proxy.cuts == 1
        hung = results[stalled["id"]]
        assert "reading a message timed out" in hung["error"] and hung["messages"] == 1, hung
        assert results[fine["id"]]["error"] is None and results[fine["id"]]["messages"] == 1, results
        assert "timed out" in api.ok("GET", f"/pop3-accounts/{stalled['id']}")["status"]["lastError"]
        assert dovecot.count("box") == 3, "no QUIT, so the server deleted nothing"
        second = only(collect(api, stalled["id"]))
        assert second["error"] is None and second["messages"] == 2 and second["deleted"] == 3, second
    for msg_id, _ in seeded:
        assert owners(server, msg_id) == ["alice"], "each message exactly once"
    assert owners(server, other_id) == ["bob"]


def test_two_runs_at_once_collect_each_message_once(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    seeded = [mail({"To": "x@y.test", "Subject": f"p{i}"}) for i in range(50)]
    dovecot.seed("box", [m for _, m in seeded])
    acc = account(api, dovecot, delivery={"mode": "address", "address": f"alice@{name}"})
    # Two jobs for the same account, queued together: one holds the account, the other is
    # told it is busy (or, if the first was done by then, finds nothing new).
    jobs = [api.ok("POST", "/pop3-collections", {"accountId": acc["id"]}, status=202) for _ in range(2)]
    done = []
    # Asked again before the first started, the same job comes back.
    jobs = list({j["id"]: j for j in jobs}.values())
    for job in jobs:
        job = wait_until(lambda: (j := api.ok("GET", f"/pop3-collections/{job['id']}"))["state"] == "finished" and j,
                         timeout=60, what="the collection job to finish")
        done.append(only(job))
    assert sum(r["messages"] for r in done) == 50, done
    assert all(r["error"] is None or r["skipped"] for r in done), done
    assert all(owners(server, m) == ["alice"] for m, _ in seeded), "each message exactly once"
    assert dovecot.count("box") == 0
    # An account another process holds is not collected until its lease ends.
    later_id, later = mail({"To": "x@y.test"})
    dovecot.seed("box", [later])
    psql(f"UPDATE pop3_accounts SET running_by = gen_random_uuid(), running_until = now() + interval '1 minute' "
         f"WHERE id = '{acc['id']}'", server.db)
    busy = only(collect(api, acc["id"]))
    assert busy["skipped"] and "another run" in busy["error"] and dovecot.count("box") == 1, busy
    assert api.ok("GET", f"/pop3-accounts/{acc['id']}")["status"]["running"] is True
    psql(f"UPDATE pop3_accounts SET running_until = now() - interval '1 second' WHERE id = '{acc['id']}'", server.db)
    assert only(collect(api, acc["id"]))["messages"] == 1
    assert owners(server, later_id) == ["alice"]


def test_the_scheduler_collects_every_enabled_account(local, dovecot):
    api, name, server = local["admin"], local["name"], local["server"]
    target = {"mode": "address", "address": f"bob@{name}"}
    on = account(api, dovecot, delivery=target)
    account(api, dovecot, user="other", password="Other-secret-1", delivery=target, enabled=False)
    box_id, box = mail({"To": "x@y.test"})
    other_id, other = mail({"To": "x@y.test"})
    dovecot.seed("box", [box])
    dovecot.seed("other", [other])
    # An interval event runs first at once.
    event = api.ok("POST", "/scheduled-events", {"everyMinutes": 60, "actions": ["collectPop3"]}, status=201)
    wait_until(lambda: owners(server, box_id) == ["bob"], timeout=60, what="the scheduled collection")
    assert owners(server, other_id) == [] and dovecot.count("other") == 1, "a disabled account is left alone"
    assert api.ok("GET", f"/pop3-accounts/{on['id']}")["status"]["lastSuccessAt"]
    wait_until(lambda: "POP3 collection" in str(api.ok("GET", "/scheduled-events")[0]["lastResult"]),
               what="the event's last result")
    assert "POP3 collection queued" in api.ok("GET", "/scheduled-events")[0]["lastResult"]
    api.ok("DELETE", f"/scheduled-events/{event['id']}", status=204)


def test_json_rpc_and_reach(world):
    server, a, b = world["server"], world["a"], world["b"]
    rpc = server.rpc(f"dadmin@{a['domain']['name']}", "Dadm1n-pass")
    created = rpc.ok("Pop3Accounts.create", {"host": "pop.a.example", "username": "u", "password": "p",
                                             "delivery": {"mode": "sortingRules"}})
    assert created["domainId"] == a["domain"]["id"], "a domain admin's account belongs to its domain"
    rule = rpc.ok("SortingRules.create", {"accountId": created["id"], "rule": {"sortAddress": "*", "deliverTo": f"user@{a['domain']['name']}"}})
    assert rpc.ok("SortingRules.get", {"accountId": created["id"]})["list"] == [rule]
    rpc.ok("SortingRules.set", {"accountId": created["id"], "id": rule["id"], "pattern": {"description": "catch-all"}})
    # The world has one account per domain already.
    assert rpc.ok("Pop3Accounts.get")["totalItems"] == 2
    changed = rpc.ok("Pop3Accounts.set", {"id": created["id"], "pattern": {"description": "main box"}})
    assert changed["description"] == "main box"
    job = rpc.ok("Pop3Collection.run", {"accountId": created["id"]})
    job = wait_until(lambda: (j := rpc.ok("Pop3Collection.getJob", {"id": job["id"]}))["state"] == "finished" and j,
                     what="the collection job to finish")
    assert job["failed"] == 1 and "pop.a.example" in job["results"][0]["error"]
    assert rpc.ok("Pop3Accounts.test", {"id": created["id"]})["ok"] is False
    # Another domain's admin sees none of it and cannot deliver into this domain.
    other = b["domainAdminApi"]
    assert other.get(f"/pop3-accounts/{created['id']}").status_code == 404
    assert other.get(f"/pop3-collections/{job['id']}").status_code == 404
    assert [x["id"] for x in other.ok("GET", "/pop3-accounts")["items"]] == [b["pop3"]["id"]]
    refused = other.post("/pop3-accounts", {"host": "h.example", "username": "u", "password": "p",
                                            "delivery": {"mode": "address", "address": f"user@{a['domain']['name']}"}})
    assert refused.status_code == 422 and refused.json()["code"] == "not_in_scope"
    # A tenant admin above the domain sees it; the other side's does not.
    assert {x["id"] for x in a["tenantAdminApi"].ok("GET", "/pop3-accounts")["items"]} == {created["id"], a["pop3"]["id"]}
    assert [x["id"] for x in b["tenantAdminApi"].ok("GET", "/pop3-accounts")["items"]] == [b["pop3"]["id"]]
    assert a["userApi"].get("/pop3-accounts").status_code == 403
    # A tenant's or domain's account may not reach into the server's own network.
    # (The tests allow 127.0.0.0/8, as POSTBAY_ALLOW_INTERNAL_TARGETS lets an operator; 10/8 stays out.)
    internal = a["domainAdminApi"].ok("POST", "/pop3-accounts", {"host": "10.0.0.1", "port": 110, "username": "u", "password": "p",
                                                                 "delivery": {"mode": "sortingRules"}}, status=201)
    tested = a["domainAdminApi"].ok("POST", f"/pop3-accounts/{internal['id']}/test")
    assert tested["ok"] is False and "internal address" in tested["error"], tested
    a["domainAdminApi"].ok("DELETE", f"/pop3-accounts/{internal['id']}", status=204)
    rpc.ok("SortingRules.remove", {"accountId": created["id"], "id": rule["id"]})
    rpc.ok("Pop3Accounts.remove", {"id": created["id"]})
    assert rpc.ok("Pop3Accounts.get")["totalItems"] == 1


def test_a_host_that_is_no_name_is_refused_over_rest_and_json_rpc(server):
    """Issue 16, finding 12: a remote POP3 host made of a backslash and a non-ASCII letter (or
    other text that is neither a host name nor an IP literal) is refused with the field named,
    through both projections."""
    admin = server.admin()
    domain = admin.ok("POST", "/domains", {"name": unique("pop") + ".test"})
    rpc = server.rpc()
    for host in ("\\é", "pop .example", "pop..example", "-pop.example"):
        account = {"domainId": domain["id"], "host": host, "username": "u", "password": "Pop-secret-1",
                   "delivery": {"mode": "sortingRules"}}
        r = admin.post("/pop3-accounts", account)
        assert r.status_code == 422 and r.json()["field"] == "host", (host, r.text)
        err = rpc.err("Pop3Accounts.create", account)
        assert err["data"]["field"] == "host", (host, err)
    assert admin.ok("GET", "/pop3-accounts")["items"] == []
