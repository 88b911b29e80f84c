"""A real POP3 server for tests: Debian's Dovecot on loopback, with a test certificate authority
to sign its certificate and a proxy that cuts connections in the middle of a RETR.

Each `Dovecot` is an instance of its own (config, base_dir, state, log and mail under one temp
dir, free ports), so instances run side by side, also across pytest-xdist workers. Needs root
(Dovecot drops to its own users) and the Debian packages dovecot-core and dovecot-pop3d.

Run this file to check it against poplib: `python3 tests/e2e/dovecot.py`.
"""

import itertools
import os
import selectors
import shutil
import socket
import struct
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534  # uid of nobody and gid of nogroup on Debian: the mail owner


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- Certificates ---------------------------------------------------------------------------

# Our own minimal OpenSSL config, so that neither the system's openssl.cnf defaults (e.g.
# CA:TRUE on every `req -x509`) nor its version change what the certificates carry.
_REQ_CONFIG = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = {cn}
[ext]
{ext}
"""

_CA_EXT = """\
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
"""

# A leaf for one DNS name and no IP address: reached as 127.0.0.1 it mismatches.
_LEAF_EXT = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:{name}
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def _openssl(*args: str, cwd: Path) -> None:
    out = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)} failed: {out.stderr}")


def _config(directory: Path, stem: str, cn: str, ext: str) -> Path:
    path = directory / f"{stem}.cnf"
    path.write_text(_REQ_CONFIG.format(cn=cn, ext=ext))
    return path


def _new_key(directory: Path, stem: str) -> Path:
    # P-256: instant to generate, and every TLS stack takes it.
    key = directory / f"{stem}.key"
    _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", str(key), cwd=directory)
    return key


class TestCa:
    """A certificate authority in `directory`: `ca.pem` (give it to clients to trust) and
    `ca.key`. `issue()` signs server certificates with it."""

    __test__ = False  # not a test class

    def __init__(self, directory, name: str = "Postbay Test CA"):
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.key = _new_key(self.dir, "ca")
        self.ca = self.dir / "ca.pem"
        config = _config(self.dir, "ca", name, _CA_EXT)
        _openssl("req", "-new", "-x509", "-config", str(config), "-extensions", "ext", "-key", str(self.key),
                 "-days", "3650", "-sha256", "-out", str(self.ca), cwd=self.dir)

    def issue(self, dns_name: str, stem: str = "cert") -> tuple[Path, Path]:
        """A certificate for `dns_name` only, signed by this CA: (`<stem>.pem`, `<stem>.key`)."""
        key = _new_key(self.dir, stem)
        cert = self.dir / f"{stem}.pem"
        csr = self.dir / f"{stem}.csr"
        config = _config(self.dir, stem, dns_name, _LEAF_EXT.format(name=dns_name))
        _openssl("req", "-new", "-config", str(config), "-key", str(key), "-out", str(csr), cwd=self.dir)
        _openssl("x509", "-req", "-in", str(csr), "-CA", str(self.ca), "-CAkey", str(self.key),
                 "-set_serial", str(int.from_bytes(os.urandom(8), "big")), "-days", "3650", "-sha256",
                 "-extfile", str(config), "-extensions", "ext", "-out", str(cert), cwd=self.dir)
        csr.unlink()
        return cert, key


def self_signed(directory, dns_name: str, stem: str = "self-signed") -> tuple[Path, Path]:
    """A certificate for `dns_name` that signs itself (issuer unknown to everyone):
    (`<stem>.pem`, `<stem>.key`)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    key = _new_key(directory, stem)
    cert = directory / f"{stem}.pem"
    # A leaf, not a CA: the one thing wrong with it is who signed it.
    ext = _LEAF_EXT.format(name=dns_name).replace("authorityKeyIdentifier = keyid\n", "")
    config = _config(directory, stem, dns_name, ext)
    _openssl("req", "-new", "-x509", "-config", str(config), "-extensions", "ext", "-key", str(key),
             "-days", "3650", "-sha256", "-out", str(cert), cwd=directory)
    return cert, key


@dataclass
class Certs:
    ca: Path  # trust anchor for `cert`
    cert: Path  # signed by `ca`, for the DNS name only
    key: Path
    self_signed_cert: Path  # for the same name, signed by itself
    self_signed_key: Path


def make_certs(directory, dns_name: str = "pop.collect.test") -> Certs:
    """A CA, a server certificate from it, and a self-signed one, all for `dns_name`."""
    ca = TestCa(directory)
    cert, key = ca.issue(dns_name)
    ss_cert, ss_key = self_signed(directory, dns_name)
    return Certs(ca.ca, cert, key, ss_cert, ss_key)


# --- Dovecot --------------------------------------------------------------------------------

_DOVECOT_CONF = """\
# One test instance; nothing under /etc/dovecot is read.
instance_name = {instance}
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
protocols = {protocols}
listen = 127.0.0.1

ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain apop
auth_verbose = yes

# {{PLAIN}} passwords: APOP needs the plaintext secret.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={uid} home={dir}/home/%u
}}
mail_location = {mail_location}
# UID and UIDVALIDITY, both kept in the maildir's dovecot-uidlist: stable across sessions.
pop3_uidl_format = %08Xu%08Xv
first_valid_uid = 1
first_valid_gid = 1
default_internal_user = dovecot
default_login_user = dovenull

service pop3-login {{
  inet_listener pop3 {{
    port = {pop3_port}
  }}
  inet_listener pop3s {{
    port = {pop3s_port}
    ssl = yes
  }}
}}
{imap_service}"""

# With `imap=True`: IMAP over implicit TLS only (the benchmark's side-by-side runs).
_IMAP_SERVICE = """\
service imap-login {{
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    port = {imaps_port}
    ssl = yes
  }}
}}
"""


class Dovecot:
    """Dovecot as a POP3 server on 127.0.0.1: `pop3_port` (plain, STLS offered) and
    `pop3s_port` (implicit TLS), serving `cert`/`key`; with `imap=True` also IMAP on
    `imaps_port` (implicit TLS; needs dovecot-imapd). Users live in a passwd-file, mail in
    `<dir>/home/<user>/Maildir`, owned by nobody:nogroup."""

    host = "127.0.0.1"

    def __init__(self, cert, key, users: dict[str, str] | None = None, timeout: float = 10,
                 imap: bool = False, mail_location: str = "maildir:~/Maildir"):
        # Under /tmp, not pytest's tmp_path: that is root-only, and Dovecot's mail processes
        # run as nobody and must reach the homes.
        self.dir = Path(tempfile.mkdtemp(prefix="postbay-dovecot-"))
        os.chmod(self.dir, 0o755)
        (self.dir / "home").mkdir(mode=0o755)
        self.passwd = self.dir / "passwd"
        self.passwd.write_text("")
        self.passwd.chmod(0o644)  # read by the auth process, which runs as `dovecot`
        self.cert, self.key = Path(cert), Path(key)
        self.imap, self.mail_location = imap, mail_location
        self.imaps_port: int | None = None
        self.process: subprocess.Popen | None = None
        self._names = itertools.count()
        self._last_ns = 0
        try:
            for name, password in (users or {}).items():
                self.add_user(name, password)
            self._start(timeout)
        except BaseException:
            self.stop()
            raise

    def _start(self, timeout: float) -> None:
        # A free port may be taken before Dovecot binds it; pick new ones then.
        for attempt in range(3):
            self.pop3_port, self.pop3s_port = free_port(), free_port()
            self.imaps_port = free_port() if self.imap else None
            self.conf = self.dir / "dovecot.conf"
            self.conf.write_text(_DOVECOT_CONF.format(
                instance=f"postbay-test-{self.pop3_port}", dir=self.dir, cert=self.cert, key=self.key,
                uid=NOBODY, pop3_port=self.pop3_port, pop3s_port=self.pop3s_port,
                protocols="pop3 imap" if self.imap else "pop3", mail_location=self.mail_location,
                imap_service=_IMAP_SERVICE.format(imaps_port=self.imaps_port) if self.imap else ""))
            stderr = open(self.dir / "stderr.log", "ab")
            self.process = subprocess.Popen(["dovecot", "-F", "-c", str(self.conf)],
                                            stdout=stderr, stderr=stderr, stdin=subprocess.DEVNULL)
            stderr.close()
            try:
                self._wait_ready(timeout)
                return
            except RuntimeError as e:
                self._terminate()
                if "Address already in use" not in str(e) or attempt == 2:
                    raise

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.time() + timeout
        pending = {self.pop3_port, self.pop3s_port} | ({self.imaps_port} if self.imap else set())
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"dovecot exited with {self.process.returncode}:\n{self.log()}")
            for port in list(pending):
                try:
                    socket.create_connection((self.host, port), timeout=1).close()
                    pending.discard(port)
                except OSError:
                    pass
            if not pending:
                return
            time.sleep(0.05)
        raise RuntimeError(f"dovecot not listening on {sorted(pending)} after {timeout} s:\n{self.log()}")

    def log(self) -> str:
        """What Dovecot wrote: its own log, then anything on stderr (startup errors)."""
        parts = []
        for name in ("dovecot.log", "stderr.log"):
            path = self.dir / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text(errors='replace')}")
        return "\n".join(parts)

    def add_user(self, name: str, password: str) -> None:
        """Add a user. While Dovecot runs this takes up to a second: see below."""
        if any(c in name + password for c in ":\n"):
            raise ValueError("passwd-file fields cannot hold ':' or newlines")
        home = self.home(name)
        home.mkdir(mode=0o700, exist_ok=True)
        os.chown(home, NOBODY, NOBODY)
        # Replaced whole, so the auth process never reads half a line.
        new = self.passwd.with_suffix(".new")
        new.write_text(self.passwd.read_text() + f"{name}:{{PLAIN}}{password}::::::\n")
        new.chmod(0o644)
        new.replace(self.passwd)
        if self.process and self.process.poll() is None:
            # Dovecot looks at the passwd-file again only in a later second than its last
            # look (db-passwd-file.c: last_sync_time == ioloop_time); from the next second on,
            # any login sees the change.
            time.sleep(1.01 - time.time() % 1)

    def home(self, user: str) -> Path:
        return self.dir / "home" / user

    def maildir(self, user: str) -> Path:
        return self.home(user) / "Maildir"

    def seed(self, user: str, messages: list[bytes]) -> list[str]:
        """Deliver `messages`, in order, to the user's Maildir/new (also while Dovecot runs).
        Returns the file names."""
        maildir = self.maildir(user)
        for path in (maildir, maildir / "tmp", maildir / "new", maildir / "cur"):
            path.mkdir(mode=0o700, exist_ok=True)
            os.chown(path, NOBODY, NOBODY)
        names = []
        for message in messages:
            # Dovecot numbers new mail by the time in its name: make it strictly increasing,
            # so that messages get UIDs (and POP3 numbers) in the order given.
            ns = max(time.time_ns(), self._last_ns + 1000)
            self._last_ns = ns
            sec, usec = divmod(ns // 1000, 1_000_000)
            name = f"{sec}.M{usec}P{os.getpid()}Q{next(self._names)}.postbay-test,S={len(message)}"
            tmp = maildir / "tmp" / name
            tmp.write_bytes(message)
            os.chown(tmp, NOBODY, NOBODY)
            os.chmod(tmp, 0o600)
            # The Maildir way: complete in tmp/, then appear in new/ at once.
            os.rename(tmp, maildir / "new" / name)
            names.append(name)
        return names

    def count(self, user: str) -> int:
        """Messages still on the server for `user` (new and cur)."""
        total = 0
        for sub in ("new", "cur"):
            path = self.maildir(user) / sub
            if path.is_dir():
                total += sum(1 for p in path.iterdir() if not p.name.startswith("."))
        return total

    def _terminate(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()  # the master stops its children too
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def stop(self, keep: bool = False) -> None:
        """Stop Dovecot and remove its directory (unless `keep`, e.g. to read the log)."""
        self._terminate()
        if not keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


# --- A proxy that fails mid-transfer --------------------------------------------------------

class CutProxy:
    """A TCP proxy on 127.0.0.1:`port` to `target`. It cuts the first `cut` connections that
    reach the trigger: once the client has sent a line starting with `trigger` (RETR), it
    relays `after` more bytes from the server and then closes both sides — with a reset
    (`reset=True`) or a plain FIN — or, with `stall=True`, relays nothing more either way
    and holds both sides open until the proxy stops (a server that hangs mid-answer). Later
    connections pass through untouched. `trigger=None`
    counts from the start of the connection instead (the only choice for TLS, where commands
    cannot be seen).

    `cuts` is how many connections it cut; `connections` how many it accepted."""

    def __init__(self, target: tuple[str, int], cut: int = 1, after: int = 100,
                 trigger: bytes | None = b"RETR", reset: bool = True, stall: bool = False):
        self.target, self.cut, self.after, self.reset, self.stall = target, cut, after, reset, stall
        self._stopping = threading.Event()
        self.trigger = trigger.upper() if trigger else None
        self.cuts = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return  # stopped
            with self._lock:
                self.connections += 1
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.target, timeout=10)
        except OSError:
            client.close()
            return
        server.settimeout(None)
        with self._lock:
            self._open.update((client, server))
        # One thread per connection sees both directions, so the cut closes both sockets
        # without racing a second thread that reads them.
        sel = selectors.DefaultSelector()
        sel.register(client, selectors.EVENT_READ, server)
        sel.register(server, selectors.EVENT_READ, client)
        armed = self.trigger is None  # counting server bytes towards the cut
        relayed = 0  # server->client bytes since armed
        line = b""  # the client's current, incomplete command line
        try:
            while True:
                for key, _ in sel.select():
                    source, sink = key.fileobj, key.data
                    data = source.recv(65536)
                    if not data:
                        return
                    if source is client and not armed:
                        line += data
                        *lines, line = line.split(b"\n")
                        armed = any(l.lstrip().upper().startswith(self.trigger) for l in lines)
                    if source is server and armed:
                        room = self.after - relayed
                        if room <= len(data) and self._take_cut():
                            sink.sendall(data[:room])
                            if self.stall:
                                self._stopping.wait()
                            else:
                                self._cut(client, server)
                            return
                        relayed += len(data)
                    sink.sendall(data)
        except OSError:
            pass
        finally:
            sel.close()
            with self._lock:
                self._open.difference_update((client, server))
            client.close()
            server.close()

    def _take_cut(self) -> bool:
        with self._lock:
            if self.cuts >= self.cut:
                return False
            self.cuts += 1
            return True

    def _cut(self, *socks: socket.socket) -> None:
        for s in socks:
            if self.reset:
                # Linger 0: close() sends RST, dropping anything unsent.
                s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            else:
                s.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._stopping.set()
        # shutdown() wakes the blocked accept(); close() alone leaves it listening on Linux.
        try:
            self._listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._listener.close()
        with self._lock:
            for s in self._open:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


# --- Self-check -----------------------------------------------------------------------------

def _self_check() -> None:
    import poplib
    import ssl

    name = "pop.collect.test"

    class Pop3Ssl(poplib.POP3_SSL):
        """POP3_SSL reaching `host` but checking the certificate for `server_hostname`."""

        def __init__(self, host, port, server_hostname, context):
            self._sni = server_hostname
            super().__init__(host, port, context=context, timeout=10)

        def _create_socket(self, timeout):
            sock = poplib.POP3._create_socket(self, timeout)
            return self.context.wrap_socket(sock, server_hostname=self._sni)

    def login(port, user="alice", password="Secret-1"):
        p = poplib.POP3("127.0.0.1", port, timeout=10)
        p.user(user)
        p.pass_(password)
        return p

    def message(i: int) -> bytes:
        body = "".join(f"line {n} of message {i}\r\n" for n in range(100))
        # A line starting with a dot: the server stuffs it, poplib unstuffs it.
        return (f"From: a@remote.test\r\nTo: alice@collect.test\r\nSubject: message {i}\r\n"
                f"Message-ID: <m{i}@remote.test>\r\n\r\n.dot line\r\n{body}").encode()

    def check(what, ok):
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            raise SystemExit(1)

    with tempfile.TemporaryDirectory() as tmp:
        certs = make_certs(tmp, name)
        trusting = ssl.create_default_context(cafile=str(certs.ca))
        with Dovecot(certs.cert, certs.key, {"alice": "Secret-1"}) as dc, \
                Dovecot(certs.self_signed_cert, certs.self_signed_key) as other:
            print(f"dovecot {subprocess.run(['dovecot', '--version'], capture_output=True, text=True).stdout.strip()}"
                  f" pop3={dc.pop3_port} pop3s={dc.pop3s_port} dir={dc.dir}; second instance pop3s={other.pop3s_port}")
            sent = [message(1), message(2)]
            dc.seed("alice", sent)
            check("seeded 2 messages", dc.count("alice") == 2)

            p = login(dc.pop3_port)
            check("USER/PASS, STAT", p.stat()[0] == 2)
            first = b"\r\n".join(p.retr(1)[1]) + b"\r\n"
            check("RETR 1 is the first message, byte for byte", first == sent[0])
            uidls = p.uidl()[1]
            print(f"     UIDL {uidls}")
            p.quit()

            p = poplib.POP3("127.0.0.1", dc.pop3_port, timeout=10)
            caps = p.capa()
            check("CAPA offers STLS", "STLS" in caps)
            p.host = name  # poplib.stls() checks the certificate for self.host
            p.stls(context=trusting)
            cert = p.sock.getpeercert()
            check(f"STLS: chain verified to the CA, name {name} matches ({cert['subjectAltName']})",
                  cert["subjectAltName"] == (("DNS", name),))
            p.user("alice")
            p.pass_("Secret-1")
            check("STLS then login, UIDL same as in the first session", p.uidl()[1] == uidls)
            p.quit()

            try:
                p = poplib.POP3("127.0.0.1", dc.pop3_port, timeout=10)
                p.stls(context=trusting)  # checked for 127.0.0.1: not in the certificate
                check("STLS by IP refused", False)
            except ssl.SSLCertVerificationError as e:
                check(f"STLS by IP refused: {e.verify_message}", "mismatch" in e.verify_message)

            p = Pop3Ssl("127.0.0.1", dc.pop3s_port, name, trusting)
            p.user("alice")
            p.pass_("Secret-1")
            check(f"POP3S ({p.sock.version()}), login, STAT", p.stat()[0] == 2)
            p.quit()

            try:
                Pop3Ssl("127.0.0.1", other.pop3s_port, name, trusting)
                check("self-signed certificate refused", False)
            except ssl.SSLCertVerificationError as e:
                check(f"self-signed certificate refused: {e.verify_message}", "self-signed" in e.verify_message)

            p = poplib.POP3("127.0.0.1", dc.pop3_port, timeout=10)
            check(f"greeting carries an APOP timestamp: {p.getwelcome()!r}", b"<" in p.getwelcome())
            p.apop("alice", "Secret-1")
            check("APOP login, UIDL stable", p.uidl()[1] == uidls)
            p.quit()
            p = poplib.POP3("127.0.0.1", dc.pop3_port, timeout=10)
            try:
                p.apop("alice", "wrong")
                check("APOP with a wrong secret refused", False)
            except poplib.error_proto as e:
                check(f"APOP with a wrong secret refused: {e}", True)

            with CutProxy(("127.0.0.1", dc.pop3_port), cut=1, after=200) as proxy:
                p = login(proxy.port)
                try:
                    p.retr(2)
                    check("RETR through the proxy cut", False)
                except (OSError, poplib.error_proto) as e:
                    check(f"RETR through the proxy cut after 200 bytes: {e!r}", proxy.cuts == 1)
                p = login(proxy.port)
                second = b"\r\n".join(p.retr(2)[1]) + b"\r\n"
                check("next connection passes: RETR 2 whole", second == sent[1] and proxy.cuts == 1)
                p.quit()
                check(f"proxy: {proxy.connections} connections, {proxy.cuts} cut; nothing deleted",
                      dc.count("alice") == 2)

            p = login(dc.pop3_port)
            p.dele(1)
            p.quit()
            check("DELE 1 + QUIT: one message left", dc.count("alice") == 1)
            p = login(dc.pop3_port)
            check("remaining message keeps its UIDL", p.uidl()[1] == [b"1 " + uidls[1].split()[1]])
            p.quit()

            dc.add_user("bob", "Secret-2")
            dc.seed("bob", [message(3)])
            p = login(dc.pop3_port, "bob", "Secret-2")
            check("user added while running, seeded while running", p.stat()[0] == 1)
            p.quit()
        check("stopped, directories removed", not dc.dir.exists() and not other.dir.exists())


if __name__ == "__main__":
    _self_check()
