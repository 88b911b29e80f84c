"""Live status: the connections of the server (service, client, since, TLS, user, last
command, folder) and the folders they hold open, as an operator's status page and a domain
administrator's view of their own users; a password never reaches the status table."""

import imaplib
import poplib
import smtplib
import uuid

from conftest import psql
from helpers import wait_until
from test_logs import insecure


def connections(api, **params):
    return api.ok("GET", "/connections", params=params)["items"]


def test_connections_and_open_folders_within_reach(world):
    server, admin, a, b = world["server"], world["admin"], world["a"], world["b"]
    user = f"user@{a['domain']['name']}"
    # Two IMAP sessions on the same inbox (one over TLS), a POP3 session, and an anonymous
    # SMTP client that only said EHLO.
    first = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=insecure(), timeout=30)
    first.login(user, "Us3r-pass-1")
    first.select("INBOX")
    second = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=30)
    second.starttls(ssl_context=insecure())
    second.login(user, "Us3r-pass-1")
    second.select("Sent", readonly=True)
    second.select("INBOX", readonly=True)
    second.noop()
    pop = poplib.POP3_SSL("127.0.0.1", server.pop3s_port, context=insecure(), timeout=30)
    pop.user(f"user@{b['domain']['name']}")
    pop.pass_("Us3r-pass-1")
    smtp = smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30)
    smtp.ehlo("client.remote.test")
    try:
        every = connections(admin, limit=1000)
        mine = [c for c in every if c["user"] == user]
        assert len(mine) == 2, every
        by_service = {c["service"]: c for c in mine}
        assert by_service["imaps"]["tls"] and by_service["imaps"]["folder"] == "INBOX"
        assert by_service["imaps"]["lastCommand"] == "SELECT"
        assert by_service["imap"]["tls"], "STARTTLS shows as TLS"
        assert by_service["imap"]["lastCommand"] == "NOOP" and by_service["imap"]["folder"] == "INBOX"
        assert all(c["client"] == "127.0.0.1" and c["clientPort"] > 0 for c in mine)
        assert all(c["accountId"] == a["user"]["id"] and c["node"] and c["since"] for c in mine)
        anonymous = [c for c in every if c["service"] == "smtp" and c["lastCommand"] == "EHLO"]
        assert anonymous and anonymous[0]["user"] is None and not anonymous[0]["tls"]
        popped = [c for c in every if c["service"] == "pop3s"]
        assert popped and popped[0]["user"] == f"user@{b['domain']['name']}" and popped[0]["folder"] == "INBOX"
        assert popped[0]["lastCommand"] == "PASS"

        # Filters, and pages that add up to the whole list.
        assert {c["service"] for c in connections(admin, service="imaps")} == {"imaps"}
        assert {c["user"] for c in connections(admin, accountId=a["user"]["id"])} == {user}
        assert {c["user"] for c in connections(admin, domainId=b["domain"]["id"])} == {f"user@{b['domain']['name']}"}
        seen, cursor = [], None
        while True:
            page = admin.ok("GET", "/connections", params={"limit": 1, **({"cursor": cursor} if cursor else {})})
            seen += [(c["node"], c["session"]) for c in page["items"]]
            cursor = page.get("nextCursor")
            if not cursor:
                break
        assert len(seen) == len(set(seen)) and len(seen) >= len(every)
        assert admin.get("/connections", params={"cursor": "nonsense"}).json()["code"] == "invalid_cursor"
        assert admin.get("/connections", params={"service": "gopher"}).status_code == 400

        # Open folders: the inbox held by two sessions, Sent by none any more.
        folders = admin.ok("GET", "/open-folders")["items"]
        inbox = [f for f in folders if f["user"] == user]
        assert inbox == [{"accountId": a["user"]["id"], "user": user, "folder": "INBOX", "sessions": 2,
                          "nodes": inbox[0]["nodes"]}], folders

        # A domain administrator sees their users' connections only, never anonymous ones;
        # the other domain's administrator sees none of these, and may not ask for them.
        theirs = connections(a["domainAdminApi"])
        assert {c["user"] for c in theirs} == {user}
        assert {c["user"] for c in connections(b["domainAdminApi"])} == {f"user@{b['domain']['name']}"}
        assert [f["user"] for f in b["domainAdminApi"].ok("GET", "/open-folders")["items"]] == [f"user@{b['domain']['name']}"]
        assert b["domainAdminApi"].get("/connections", params={"domainId": a["domain"]["id"]}).status_code in (403, 404)
        assert b["domainAdminApi"].get("/connections", params={"accountId": a["user"]["id"]}).status_code in (403, 404)
        assert a["userApi"].get("/connections").status_code == 403

        # The same through JSON-RPC (Kerio's Server.getConnections).
        rpc = server.rpc()
        listed = rpc.ok("Server.getConnections", {"accountId": a["user"]["id"]})["items"]
        assert {c["service"] for c in listed} == {"imap", "imaps"}
        opened = rpc.ok("Server.getOpenedFolders", {"accountId": a["user"]["id"]})["items"]
        assert [(f["folder"], f["sessions"]) for f in opened] == [("INBOX", 2)]
    finally:
        first.logout()
        second.logout()
        pop.quit()
        smtp.quit()

    # Sessions that ended leave the list.
    wait_until(lambda: not [c for c in connections(admin) if c["user"] in (user, f"user@{b['domain']['name']}")],
               what="the ended sessions to leave the list")
    assert not [f for f in admin.ok("GET", "/open-folders")["items"] if f["user"] == user]


def test_a_login_password_never_reaches_the_status_table(server):
    secret = f"Status-Secret-{uuid.uuid4().hex}"
    imap = imaplib.IMAP4_SSL("127.0.0.1", server.imaps_port, ssl_context=insecure(), timeout=30)
    try:
        imap.login("admin", secret)
        raise AssertionError("a wrong password logged in")
    except imaplib.IMAP4.error:
        pass
    try:
        listed = wait_until(lambda: [c for c in connections(server.admin()) if c["service"] == "imaps"
                                     and c["lastCommand"] == "LOGIN"], what="the IMAP session's LOGIN")
        assert listed[0]["user"] is None
        dump = psql("SELECT connections::text FROM node_status", server.db)
        assert "LOGIN" in dump and secret not in dump
    finally:
        imap.logout()
