"""Harness for end-to-end tests: real `postbay serve` processes against real PostgreSQL.

Each test gets its own database, cloned from a migrated template (one per xdist worker), and its
own server process on a free loopback port.
"""

import itertools
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PG_URL = os.environ.get("POSTBAY_TEST_PG", "postgres://postgres@127.0.0.1:5432")
ADMIN_PASSWORD = "Adm1n-secret"
PRIMARY = "primary.test"


def postbay_bin() -> str:
    if os.environ.get("POSTBAY_BIN"):
        return os.environ["POSTBAY_BIN"]
    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    return str(Path(target) / "debug" / "postbay")


def psql(sql: str, db: str = "postgres") -> str:
    out = subprocess.run(
        ["psql", f"{PG_URL}/{db}", "-v", "ON_ERROR_STOP=1", "-qtAc", sql],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


# Ports for the servers a test starts come from a block of this worker's own, below the kernel's
# ephemeral range (32768 and up here): a server restarted on its old ports must find them free,
# and a port the kernel hands out for some client's outgoing connection, or to another worker,
# would make that restart fail with "cannot listen".
_PORT_BLOCK = 1500
_worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
_port_base = 10000 + _PORT_BLOCK * (int(_worker[2:]) % 14 if _worker[2:].isdigit() else 0)
_port_next = itertools.count()


def free_port() -> int:
    """A loopback TCP port nothing listens on, never handed out twice by this worker while free."""
    for _ in range(_PORT_BLOCK):
        port = _port_base + next(_port_next) % _PORT_BLOCK
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in this worker's block")


@pytest.fixture
def dns():
    """A DNS server of the test's own on loopback (see dns_server.py)."""
    from dns_server import TestDns
    d = TestDns()
    yield d
    d.stop()


@pytest.fixture(scope="session")
def template_db(worker_id):
    name = f"postbay_tpl_{worker_id}_{os.getpid()}"
    psql(f'DROP DATABASE IF EXISTS "{name}"')
    psql(f'CREATE DATABASE "{name}"')
    subprocess.run([postbay_bin(), "migrate"], check=True, env={**os.environ, "POSTBAY_DATABASE_URL": f"{PG_URL}/{name}"})
    yield name
    psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Api:
    """A thin client: base URL plus an optional credential."""

    def __init__(self, base: str, token: str | None = None, api_key: str | None = None):
        self.base = base
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        if api_key:
            self.session.headers["X-Api-Key"] = api_key

    def request(self, method: str, path: str, **kw) -> requests.Response:
        return self.session.request(method, f"{self.base}/api/v1{path}", timeout=30, **kw)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, json=None, **kw):
        return self.request("POST", path, json=json, **kw)

    def patch(self, path, json=None, **kw):
        return self.request("PATCH", path, json=json, **kw)

    def put(self, path, json=None, **kw):
        return self.request("PUT", path, json=json, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def ok(self, method: str, path: str, json=None, status: int | None = None, **kw):
        r = self.request(method, path, json=json, **kw)
        assert r.status_code < 300 if status is None else r.status_code == status, f"{method} {path}: {r.status_code} {r.text}"
        return r.json() if r.content else None


RPC_PATH = "/admin/api/jsonrpc/"
APPLICATION = {"name": "Postbay tests", "vendor": "Postbay", "version": "1"}


class Rpc:
    """A JSON-RPC client as a Kerio integration talks: one session token in X-Token and the
    session cookie, or an API key as a bearer token."""

    def __init__(self, base: str, token: str | None = None, bearer: str | None = None):
        self.url = base + RPC_PATH
        self.http = requests.Session()
        self.token = token
        if token:
            self.http.headers["X-Token"] = token
        if bearer:
            self.http.headers["Authorization"] = f"Bearer {bearer}"
        self.next_id = 0

    def post(self, body, **kw) -> requests.Response:
        if not isinstance(body, (str, bytes)):
            body = json.dumps(body)
        return self.http.post(self.url, data=body, headers={"Content-Type": "application/json-rpc; charset=UTF-8", **kw.pop("headers", {})}, timeout=60, **kw)

    def call(self, method: str, params=None, **kw) -> dict:
        self.next_id += 1
        envelope = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            envelope["params"] = params
        r = self.post(envelope, **kw)
        assert r.status_code == 200, f"{method}: HTTP {r.status_code} {r.text}"
        reply = r.json()
        assert reply["id"] == self.next_id and reply["jsonrpc"] == "2.0", reply
        return reply

    def ok(self, method: str, params=None):
        reply = self.call(method, params)
        assert "error" not in reply, f"{method}: {reply['error']}"
        return reply["result"]

    def err(self, method: str, params=None) -> dict:
        reply = self.call(method, params)
        assert "error" in reply, f"{method} should fail: {reply}"
        return reply["error"]


class Server:
    def __init__(self, process, base, db, ports=None):
        self.process = process
        self.base = base
        self.db = db
        ports = ports or {}
        self.smtp_port = ports.get("POSTBAY_SMTP_ADDR")
        self.submission_port = ports.get("POSTBAY_SUBMISSION_ADDR")
        self.submissions_port = ports.get("POSTBAY_SUBMISSIONS_ADDR")
        self.pop3_port = ports.get("POSTBAY_POP3_ADDR")
        self.pop3s_port = ports.get("POSTBAY_POP3S_ADDR")
        self.imap_port = ports.get("POSTBAY_IMAP_ADDR")
        self.imaps_port = ports.get("POSTBAY_IMAPS_ADDR")
        self.managesieve_port = ports.get("POSTBAY_MANAGESIEVE_ADDR")

    def mail_env(self):
        """The mail listeners' addresses, to restart the server on the same ports."""
        return {name: f"127.0.0.1:{port}" for name, port in (
            ("POSTBAY_SMTP_ADDR", self.smtp_port), ("POSTBAY_SUBMISSION_ADDR", self.submission_port),
            ("POSTBAY_SUBMISSIONS_ADDR", self.submissions_port), ("POSTBAY_POP3_ADDR", self.pop3_port),
            ("POSTBAY_POP3S_ADDR", self.pop3s_port), ("POSTBAY_IMAP_ADDR", self.imap_port),
            ("POSTBAY_IMAPS_ADDR", self.imaps_port), ("POSTBAY_MANAGESIEVE_ADDR", self.managesieve_port))}

    def restart(self, cwd: Path, env: dict | None = None):
        """Stops the server and starts it again on the same database and ports, with `env` added."""
        assert stop_server(self.process) == 0
        self.process, self.base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{self.db}", **self.mail_env(), **(env or {})}, cwd)

    def login(self, user: str, password: str) -> Api:
        r = requests.post(f"{self.base}/api/v1/auth/login", json={"userName": user, "password": password}, timeout=30)
        assert r.status_code == 200, r.text
        return Api(self.base, token=r.json()["accessToken"])

    def admin(self) -> Api:
        return self.login("admin", ADMIN_PASSWORD)

    def rpc(self, user: str = "admin", password: str = ADMIN_PASSWORD) -> Rpc:
        """A logged-in JSON-RPC client: X-Token plus the session cookie the login set."""
        client = Rpc(self.base)
        client.token = client.ok("Session.login", {"userName": user, "password": password, "application": APPLICATION})["token"]
        client.http.headers["X-Token"] = client.token
        assert client.http.cookies.get("SESSION_POSTBAY_ADMIN"), "Session.login sets the session cookie"
        return client

    def rpc_key(self, key: str) -> Rpc:
        return Rpc(self.base, bearer=key)

    def anonymous(self) -> Api:
        return Api(self.base)

    def with_key(self, key: str) -> Api:
        return Api(self.base, api_key=key)


MAIL_LISTENERS = ("POSTBAY_SMTP_ADDR", "POSTBAY_SUBMISSION_ADDR", "POSTBAY_SUBMISSIONS_ADDR", "POSTBAY_POP3_ADDR", "POSTBAY_POP3S_ADDR",
                  "POSTBAY_IMAP_ADDR", "POSTBAY_IMAPS_ADDR", "POSTBAY_MANAGESIEVE_ADDR")


def start_server(env_extra: dict, cwd: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {
        **os.environ,
        "POSTBAY_API_ADDR": f"127.0.0.1:{port}",
        "POSTBAY_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "POSTBAY_PRIMARY_DOMAIN": PRIMARY,
        "POSTBAY_HOSTNAME": "mail.primary.test",
        "POSTBAY_LOG": "warn",
        # Never the default mail ports: tests run side by side.
        **{name: f"127.0.0.1:{free_port()}" for name in MAIL_LISTENERS},
        # Nothing leaves loopback: DNS questions go to a port where nothing answers (a test
        # that delivers brings its own DNS server), and mail exchangers are sought on a port
        # of its choosing.
        "POSTBAY_DNS_SERVERS": "127.0.0.1:9",
        "POSTBAY_MX_PORT": "9",
        # With no name server to ask, received mail's senders go unchecked; the sender
        # authentication tests turn the checks on with their own DNS server.
        "POSTBAY_SENDER_AUTH": "off",
        # Tenants' hosts (domain forwarding, remote POP3 servers) may be the tests' loopback
        # peers; every other internal address stays refused.
        "POSTBAY_ALLOW_INTERNAL_TARGETS": "127.0.0.0/8",
        # Every process of a test shares one database, so one sealing key.
        "POSTBAY_SECRET_KEY": "dGVzdC1zZWNyZXQta2V5LXRoaXJ0eS10d28tYnl0ZSE=",
        # Tests run two at a time, some with two nodes, on one PostgreSQL allowing 100
        # connections: 16 per process (the default is 32) keeps them under it with room for
        # the harness's own psql (a CI run once failed with "too many clients").
        "POSTBAY_MAX_DB_CONNECTIONS": "16",
        **env_extra,
    }
    env = {k: v for k, v in env.items() if v is not None}  # None unsets a variable
    log = open(cwd / "postbay.log", "ab")
    process = subprocess.Popen([postbay_bin(), "serve"], env=env, cwd=cwd, stdout=log, stderr=log)
    # With the API's own TLS, readiness is asked over HTTPS; the certificate (self-signed for
    # the host name, not 127.0.0.1) is the test's to check.
    scheme = "https" if env.get("POSTBAY_API_TLS") == "on" else "http"
    base = f"{scheme}://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"postbay exited with {process.returncode}: {(cwd / 'postbay.log').read_text()}")
        try:
            if requests.get(f"{base}/readyz", timeout=2, verify=False).status_code == 200:
                return process, base
        except requests.RequestException:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("postbay did not become ready")


def stop_server(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()


@pytest.fixture
def server(template_db, tmp_path):
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template_db}"')
    # Free ports are picked, then bound by the server: another test may take one in between,
    # so a start that cannot listen is tried again on fresh ports.
    for attempt in range(3):
        ports = {name: free_port() for name in MAIL_LISTENERS}
        try:
            process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}",
                                          **{k: f"127.0.0.1:{v}" for k, v in ports.items()}}, tmp_path)
            break
        except RuntimeError as e:
            if "cannot listen" not in str(e) or attempt == 2:
                raise
    running = Server(process, base, db, ports)
    yield running
    code = stop_server(running.process)  # a test may have restarted it
    psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    assert code == 0, f"postbay exited with {code}"


def unique(prefix: str = "x") -> str:
    return f"{prefix}{secrets.token_hex(4)}"


@pytest.fixture
def world(server):
    """Two resellers, each with a customer and a domain with an account, alias and group;
    plus admins at every level. Returns a dict of ids and clients."""
    admin = server.admin()
    w = {"admin": admin, "server": server}
    for side in ("a", "b"):
        reseller = admin.ok("POST", "/tenants", {"kind": "reseller", "name": f"Reseller {side}"})
        customer = admin.ok("POST", "/tenants", {"kind": "customer", "name": f"Customer {side}", "parentId": reseller["id"]})
        domain = admin.ok("POST", "/domains", {"name": f"{side}-domain.test", "tenantId": customer["id"]})
        user = admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "user", "password": "Us3r-pass-1", "fullName": f"User {side}"})
        dadmin = admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "dadmin", "password": "Dadm1n-pass", "domainAdmin": True})
        tadmin = admin.ok("POST", f"/domains/{domain['id']}/accounts", {"loginName": "tadmin", "password": "Tadm1n-pass", "tenantAdminOf": reseller["id"]})
        group = admin.ok("POST", f"/domains/{domain['id']}/groups", {"name": f"Group {side}", "addresses": ["team"], "members": [user["id"]]})
        alias = admin.ok("POST", f"/domains/{domain['id']}/aliases", {"name": "info", "target": "user"})
        template = admin.ok("POST", "/user-templates", {"domainId": domain["id"], "name": f"Plan {side}", "defaults": {"quotaBytes": 1000000}})
        domain_alias = admin.ok("POST", f"/domains/{domain['id']}/domain-aliases", {"name": f"{side}-alias.test"})
        ip_group = admin.ok("POST", "/ip-groups", {"name": f"Net {side}", "entries": [{"value": "192.0.2.0/24"}]})
        key = admin.ok("POST", "/api-keys", {"name": f"key {side}", "scope": "domain", "domainId": domain["id"]})
        ro_key = admin.ok("POST", "/api-keys", {"name": f"ro key {side}", "scope": "tenant", "tenantId": reseller["id"], "readOnly": True})
        pop3 = admin.ok("POST", "/pop3-accounts", {"domainId": domain["id"], "host": f"pop.{side}-domain.test", "username": f"box-{side}",
                                                   "password": "Pop-secret-1", "delivery": {"mode": "sortingRules"}})
        rule = admin.ok("POST", f"/pop3-accounts/{pop3['id']}/sorting-rules", {"sortAddress": "*", "deliverTo": f"user@{side}-domain.test"})
        job = admin.ok("POST", "/pop3-collections", {"accountId": pop3["id"]})
        dkim_key = admin.ok("POST", f"/domains/{domain['id']}/dkim-keys", {"algorithm": "ed25519", "selector": f"iso{side}"})
        blocklist = admin.ok("POST", "/blocklists", {"zone": f"{side}.bl.test", "kind": "ip", "action": "score", "enabled": False})
        spam_rule = admin.ok("POST", "/spam-rules", {"domainId": domain["id"], "name": f"ISO_{side}", "target": "header",
                                                     "header": "X-Iso", "test": "exists", "action": "score", "score": 0.1})
        attachment_rule = admin.ok("POST", "/attachment-rules", {"domainId": domain["id"], "pattern": f"*.{side}iso", "action": "remove"})
        # A webhook of the reseller's, with one delivery in its log (a ping to a closed port).
        webhook = admin.ok("POST", "/webhooks", {"tenantId": reseller["id"], "url": f"http://127.0.0.1:9/{side}-hook",
                                                 "events": ["account.created"]}, status=201)
        ping = admin.ok("POST", f"/webhooks/{webhook['id']}/ping", status=202)
        # A domain plan of the reseller's, which the domain is on.
        plan = admin.ok("POST", "/plans", {"tenantId": reseller["id"], "name": f"Mail {side}", "level": "domain",
                                           "limits": {"maxAccounts": 50, "sendingLimits": {"messagesPerDay": 5000}}}, status=201)
        admin.ok("PATCH", f"/domains/{domain['id']}", {"planId": plan["id"]})
        # The user's app password and bearer token (client access).
        app_password = admin.ok("POST", f"/accounts/{user['id']}/app-passwords", {"name": f"Phone {side}", "protocols": ["imap"]}, status=201)
        account_token = admin.ok("POST", f"/accounts/{user['id']}/tokens", {"protocols": ["imap"]}, status=201)
        # A message held in quarantine for the domain (made by the filter in test_quarantine).
        held = {"id": str(uuid.uuid4())}
        psql(f"INSERT INTO quarantine (id, domain_id, expires_at, reason, recipients, score, size, content) VALUES "
             f"('{held['id']}', '{domain['id']}', now() + interval '1 day', 'spam', ARRAY['user@{side}-domain.test'], 12, 3, 'x'::bytea)",
             server.db)
        w[side] = {
            "reseller": reseller, "customer": customer, "domain": domain, "user": user, "dadmin": dadmin,
            "tadmin": tadmin, "group": group, "alias": alias, "template": template, "domainAlias": domain_alias,
            "key": key, "roKey": ro_key, "ipGroup": ip_group, "pop3": pop3, "sortingRule": rule, "collectionJob": job,
            "dkimKey": dkim_key, "blocklist": blocklist, "quarantined": held, "spamRule": spam_rule,
            "attachmentRule": attachment_rule, "webhook": webhook, "webhookDelivery": ping, "plan": plan,
            "appPassword": app_password, "accountToken": account_token,
            "domainAdminApi": server.login(f"dadmin@{side}-domain.test", "Dadm1n-pass"),
            "tenantAdminApi": server.login(f"tadmin@{side}-domain.test", "Tadm1n-pass"),
            "userApi": server.login(f"user@{side}-domain.test", "Us3r-pass-1"),
        }
    return w
