"""Operations endpoints: Prometheus metrics on their own listener (parsed with Prometheus's
Python parser; the counters move as mail flows and the API is used), and readiness that
fails while PostgreSQL is unreachable and recovers when it is back (the database reached
through a TCP proxy the test stops and starts)."""

import smtplib
import socket
import ssl
import threading
import uuid

import requests
from prometheus_client.parser import text_string_to_metric_families

from conftest import PG_URL, free_port, psql, start_server, stop_server
from helpers import wait_until


def scrape(port):
    r = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(r.text):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


def value(samples, name, **labels):
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_metrics_move_as_mail_flows(server, tmp_path):
    port = free_port()
    server.restart(tmp_path, env={"POSTBAY_METRICS_ADDR": f"127.0.0.1:{port}"})
    admin = server.admin()
    before = scrape(port)
    to = "admin@primary.test"
    for n in range(3):
        with smtplib.SMTP("127.0.0.1", server.smtp_port, timeout=30) as smtp:
            smtp.sendmail("someone@remote.test", [to], f"Subject: m{n}\r\nMessage-ID: <{uuid.uuid4()}@remote.test>\r\n\r\nhi\r\n")
    admin.ok("GET", "/domains")
    after = wait_until(lambda: (s := scrape(port)) and value(s, "postbay_messages_received_total", service="smtp")
                       - value(before, "postbay_messages_received_total", service="smtp") >= 3 and s,
                       what="the received counter to move")
    assert value(after, "postbay_messages_delivered_total", path="local") - value(before, "postbay_messages_delivered_total", path="local") >= 3
    assert value(after, "postbay_connections_total", service="smtp") - value(before, "postbay_connections_total", service="smtp") >= 3
    assert value(after, "postbay_smtp_replies_total", **{"class": "2xx"}) > value(before, "postbay_smtp_replies_total", **{"class": "2xx"})
    assert value(after, "postbay_filter_verdicts_total", verdict="deliver") + value(after, "postbay_filter_verdicts_total", verdict="junk") >= 3
    assert value(after, "postbay_api_requests_total", method="GET", route="/api/v1/domains", status="200") >= 1
    assert value(after, "postbay_api_request_seconds_count", method="GET", route="/api/v1/domains") >= 1
    assert ("postbay_queue_messages", ()) in after and ("postbay_db_connections", (("state", "idle"),)) in after
    # A failed login counts.
    with smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30) as smtp:
        insecure = ssl.create_default_context()
        insecure.check_hostname, insecure.verify_mode = False, ssl.CERT_NONE
        smtp.starttls(context=insecure)
        try:
            smtp.login("admin@primary.test", "wrong")
        except smtplib.SMTPAuthenticationError:
            pass
    failed = wait_until(lambda: value(scrape(port), "postbay_auth_failures_total", service="smtp") >= 1, what="the failed login counted")
    assert failed
    # Off unless set: the API listener has no /metrics.
    assert requests.get(f"{server.base}/metrics", timeout=10).status_code == 404


class Proxy:
    """A TCP proxy to PostgreSQL that the test can cut (every connection closed, new ones
    refused) and restore on the same port."""

    def __init__(self, target_port=5432):
        self.port = free_port()
        self.target = target_port
        self.conns = []
        self.listener = None
        self.lock = threading.Lock()

    def start(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            with self.lock:
                self.conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a, b):
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self):
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            for s in self.conns:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                    s.close()
                except OSError:
                    pass
            self.conns = []


def test_readiness_follows_the_database(template_db, tmp_path):
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    proxy = Proxy(int(PG_URL.rsplit(":", 1)[1]))
    proxy.start()
    url = f"{PG_URL.rsplit(':', 1)[0]}:{proxy.port}/{db}"
    process, base = start_server({"POSTBAY_DATABASE_URL": url}, tmp_path)
    try:
        assert requests.get(f"{base}/readyz", timeout=10).status_code == 200
        assert requests.get(f"{base}/healthz", timeout=10).status_code == 200
        proxy.stop()
        # (A Response is falsy when its status is an error: compare, then keep the text.)
        why = wait_until(lambda: (r := requests.get(f"{base}/readyz", timeout=10)).status_code == 503 and r.text,
                         what="readiness to fail without the database")
        assert "database" in why
        # Alive all the same: the process is fine, its database is not.
        assert requests.get(f"{base}/healthz", timeout=10).status_code == 200
        proxy.start()
        wait_until(lambda: requests.get(f"{base}/readyz", timeout=10).status_code == 200, timeout=60,
                   what="readiness to recover with the database")
    finally:
        proxy.stop()
        proxy.start()  # so the server stops cleanly
        stop_server(process)
        proxy.stop()
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
