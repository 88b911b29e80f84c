"""Two `postbay serve` processes on one database are one server to an operator: a certificate
uploaded through one node's API is served by the other's listeners; mail received by one node
is in the logs and the traffic statistics that the other's API answers; a debug switch set
through one applies on the other; one node's live connections are listed by the other's API."""

import imaplib
import smtplib
import ssl
import uuid

from conftest import ADMIN_PASSWORD, PG_URL, free_port, start_server, stop_server
from helpers import wait_until
from test_certificates import key_pem, make_cert, pem, served_fingerprint
from test_logs import insecure


def test_certificates_logs_statistics_and_settings_are_shared(server, tmp_path):
    other = tmp_path / "node-b"
    other.mkdir()
    smtp_b, imaps_b = free_port(), free_port()
    process_b, base_b = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{server.db}",
                                      "POSTBAY_SMTP_ADDR": f"127.0.0.1:{smtp_b}",
                                      "POSTBAY_IMAPS_ADDR": f"127.0.0.1:{imaps_b}",
                                      "POSTBAY_NODE_NAME": "node-b"}, other)
    try:
        a = server.admin()
        # A certificate uploaded through node A is served by node B's IMAPS.
        root = make_cert("Two Nodes Root", ca=True)
        leaf = make_cert("mail.shared.test", root, names=["mail.shared.test"])
        cert = a.ok("POST", "/certificates", json={"chain": pem(leaf[0]), "key": key_pem(leaf[1])}, status=201)
        ctx = ssl.create_default_context(cadata=pem(root[0]))
        wait_until(lambda: served_fingerprint(imaps_b, ctx, "mail.shared.test") == cert["fingerprintSha256"],
                   timeout=10, what="node B serving the certificate uploaded through node A",
                   ignore=(OSError, ssl.SSLError))

        # A debug switch set through node A applies on node B.
        a.ok("PUT", "/settings/logs", json={"debug": ["smtp"]})

        # Mail received by node B: its log lines and traffic, through node A's API.
        mid = f"{uuid.uuid4().hex}@remote.test"
        to = "admin@primary.test"

        def send_through_b():
            with smtplib.SMTP("127.0.0.1", smtp_b, timeout=30) as smtp:
                smtp.sendmail("someone@remote.test", [to], f"Subject: b\r\nMessage-ID: <{mid}>\r\n\r\nhi\r\n")
            return True
        send_through_b()
        recv = wait_until(lambda: a.ok("GET", "/logs", params={"q": mid, "family": "mail"})["items"],
                          what="node B's reception line through node A")
        assert recv[0]["fields"]["delivered"] == to
        wait_until(lambda: a.ok("GET", "/traffic-stats")["totals"].get("messagesIn", 0) >= 1,
                   what="node B's traffic through node A")

        def debug_from_b():
            send_through_b()
            lines = a.ok("GET", "/logs", params={"family": "debug"})["items"]
            return [line for line in lines if "smtp session" in line["text"]]
        wait_until(debug_from_b, what="node B's debug lines, switched on through node A", interval=0.5)

        # A session on node B is in node A's list of connections, named by its node.
        imap = imaplib.IMAP4_SSL("127.0.0.1", imaps_b, ssl_context=insecure(), timeout=30)
        try:
            imap.login("admin", ADMIN_PASSWORD)
            imap.select("INBOX")
            on_b = wait_until(lambda: [c for c in a.ok("GET", "/connections")["items"] if c["node"] == "node-b"],
                              what="node B's IMAP session through node A's API", interval=0.5)
            assert on_b[0]["service"] == "imaps" and on_b[0]["user"] == "admin@primary.test"
            assert on_b[0]["folder"] == "INBOX" and on_b[0]["tls"]
            assert {f["folder"]: f["nodes"] for f in a.ok("GET", "/open-folders")["items"]}["INBOX"] == ["node-b"]
        finally:
            imap.logout()
    finally:
        assert stop_server(process_b) == 0
