"""A webhook receiver on loopback for the tests and the benchmark: it records every request
as it arrives (headers and raw body), and can fail the first tries of each message or hold
requests for a while."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook


class Receiver:
    def __init__(self, fail_first: int = 0, status: int = 200):
        self.requests = []  # (headers, body) in arrival order
        self.lock = threading.Lock()
        self.fail_first = fail_first
        self.status = status
        self.tries = {}  # webhook-id -> requests seen
        self.hold = threading.Event()
        self.hold.set()  # set: answer at once
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {k.lower(): v for k, v in self.headers.items()}
                with receiver.lock:
                    receiver.requests.append((headers, body))
                    seen = receiver.tries.get(headers.get("webhook-id"), 0) + 1
                    receiver.tries[headers.get("webhook-id")] = seen
                receiver.hold.wait(timeout=60)
                status = 503 if seen <= receiver.fail_first else receiver.status
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}/hooks/in"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self):
        self.hold.set()
        self.http.shutdown()

    def received(self):
        with self.lock:
            return list(self.requests)

    def events(self, secret: str):
        """Each message once (deduplicated by webhook-id, as a receiver is told to), after
        checking every request's signature with the reference implementation."""
        seen = {}
        verifier = Webhook(secret)
        for headers, body in self.received():
            verifier.verify(body, headers)
            seen.setdefault(headers["webhook-id"], json.loads(body))
        return seen

    def wait_for(self, count: int, timeout: float = 60.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if len({h["webhook-id"] for h, _ in self.received()}) >= count:
                return
            time.sleep(0.1)
        raise AssertionError(f"{count} distinct messages not received: {len(self.received())} requests")
