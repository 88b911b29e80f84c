"""The server's TLS certificates: ordered from an ACME CA (Debian's pebble, started here on
loopback with its own certificate, validating HTTP-01 against Postbay's HTTP listener and
resolving names through the test's DNS server), served by SNI on IMAPS and submission (465,
and 587 after STARTTLS), renewed on demand and replaced without a restart while a session on
the old certificate carries on; uploads checked for key, dates and chain order."""

import datetime
import hashlib
import json
import shutil
import smtplib
import socket
import ssl
import subprocess

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import free_port, psql
from helpers import wait_until
from webhook_receiver import Receiver

ALPHA, BETA, GAMMA = "mail.alpha.test", "mail.beta.test", "mail.gamma.test"


# --- certificates made here (the test's own CA), with chosen dates --------------------------

def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_cert(cn, issuer=None, *, ca=False, names=(), ips=(), not_before=None, not_after=None):
    """A certificate and key; `issuer` is (cert, key) of the signer, else self-signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(cn))
               .issuer_name(issuer[0].subject if issuer else _name(cn))
               .public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(not_before or now - datetime.timedelta(days=1))
               .not_valid_after(not_after or now + datetime.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    sans = [x509.DNSName(n) for n in names] + [x509.IPAddress(__import__("ipaddress").ip_address(i)) for i in ips]
    if sans:
        builder = builder.add_extension(x509.SubjectAlternativeName(sans), critical=False)
    cert = builder.sign(issuer[1] if issuer else key, hashes.SHA256())
    return cert, key


def pem(cert):
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def key_pem(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


# --- pebble ----------------------------------------------------------------------------------

class Pebble:
    def __init__(self, directory, management, ca_pem, process):
        self.directory = directory
        self.management = management
        self.ca_pem = ca_pem
        self.process = process

    def root_pem(self, tmp_path):
        """Pebble's root, which issued (through its intermediate) what it signs."""
        ca_file = tmp_path / "pebble-listener-ca.pem"
        ca_file.write_text(self.ca_pem)
        r = requests.get(f"{self.management}/roots/0", verify=str(ca_file), timeout=10)
        assert r.status_code == 200, r.text
        return r.text


@pytest.fixture
def pebble(server, dns, tmp_path):
    assert shutil.which("pebble"), "pebble is installed by .ci/run"
    ca = make_cert("pebble listener test CA", ca=True)
    leaf = make_cert("localhost", ca, names=["localhost"], ips=["127.0.0.1"])
    (tmp_path / "pebble-cert.pem").write_text(pem(leaf[0]))
    (tmp_path / "pebble-key.pem").write_text(key_pem(leaf[1]))
    api_port = int(server.base.rsplit(":", 1)[1])
    listen, management = free_port(), free_port()
    config = {"pebble": {
        "listenAddress": f"127.0.0.1:{listen}",
        "managementListenAddress": f"127.0.0.1:{management}",
        "certificate": str(tmp_path / "pebble-cert.pem"),
        "privateKey": str(tmp_path / "pebble-key.pem"),
        # HTTP-01 is asked of Postbay's HTTP (API) listener, TLS-ALPN-01 of its IMAPS port
        # (a CA on the internet asks port 443, forwarded there or to the API over TLS).
        "httpPort": api_port,
        "tlsPort": server.imaps_port,
        "ocspResponderURL": "",
        "externalAccountBindingRequired": False,
    }}
    (tmp_path / "pebble.json").write_text(json.dumps(config))
    for name in (ALPHA, BETA, GAMMA):
        dns.add(name, "A", "127.0.0.1")
    log = open(tmp_path / "pebble.log", "ab")
    process = subprocess.Popen(
        ["pebble", "-config", str(tmp_path / "pebble.json"), "-dnsserver", dns.address],
        env={"PATH": "/usr/bin:/bin", "PEBBLE_VA_NOSLEEP": "1", "PEBBLE_WFE_NONCEREJECT": "0"},
        stdout=log, stderr=log, cwd=tmp_path)
    running = Pebble(f"https://127.0.0.1:{listen}/dir", f"https://127.0.0.1:{management}", pem(ca[0]), process)
    def listening():
        assert process.poll() is None, (tmp_path / "pebble.log").read_text()
        socket.create_connection(("127.0.0.1", management), timeout=1).close()
        return True
    wait_until(listening, what="pebble's management port")
    yield running
    process.terminate()
    process.wait(timeout=10)


def wait_for(api, cert_id, predicate, timeout=60):
    def check():
        cert = api.ok("GET", f"/certificates/{cert_id}")
        assert cert["status"] != "failed", cert
        return cert if predicate(cert) else None
    return wait_until(check, timeout=timeout, what=f"certificate {cert_id}")


def served_soon(port, ctx, name, fingerprint, what):
    """Waits until a handshake asking for `name` is served the certificate `fingerprint`
    (every node reloads certificates when one changes)."""
    wait_until(lambda: served_fingerprint(port, ctx, name) == fingerprint, timeout=10, what=what,
               ignore=(OSError, ssl.SSLError))


def trusting(root_pem):
    ctx = ssl.create_default_context(cadata=root_pem)
    ctx.check_hostname = True
    return ctx


def served_fingerprint(port, ctx, name):
    """Handshakes on an implicit-TLS port asking for `name`; the SHA-256 of the served leaf."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=name) as tls:
            return hashlib.sha256(tls.getpeercert(binary_form=True)).hexdigest()


def starttls_fingerprint(port, ctx, name):
    """Submission (587): EHLO, STARTTLS asking for `name`; the SHA-256 of the served leaf."""
    smtp = smtplib.SMTP(timeout=10)
    smtp.connect("127.0.0.1", port)
    smtp._host = name  # smtplib asks STARTTLS for the name it connected to
    smtp.ehlo("client.test")
    smtp.starttls(context=ctx)
    digest = hashlib.sha256(smtp.sock.getpeercert(binary_form=True)).hexdigest()
    smtp.quit()
    return digest


def test_acme_certificates_are_issued_served_by_sni_renewed_and_replaced_live(server, pebble, tmp_path):
    api = server.admin()
    settings = api.ok("PUT", "/settings/acme", json={
        "directoryUrl": pebble.directory, "contact": ["ops@primary.test"],
        "caCertificate": pebble.ca_pem, "renewBeforeDays": 30})
    assert settings["directoryUrl"] == pebble.directory
    assert api.ok("GET", "/settings/acme") == settings

    ordered = {}
    for name in (ALPHA, BETA):
        cert = api.ok("POST", "/certificates/acme", json={"names": [name]}, status=202)
        assert cert["status"] == "pending" and cert["source"] == "acme" and cert["chain"] is None
        ordered[name] = cert["id"]
    issued = {name: wait_for(api, cid, lambda c: c["status"] == "valid") for name, cid in ordered.items()}
    for name, cert in issued.items():
        assert cert["names"] == [name]
        assert "Pebble" in cert["issuer"], cert["issuer"]
        assert cert["renewal"]["nextAt"] and cert["renewal"]["attempts"] == 0
    ctx = trusting(pebble.root_pem(tmp_path))

    # Each name gets its own certificate, on every TLS port, verified against pebble's root.
    served_soon(server.imaps_port, ctx, ALPHA, issued[ALPHA]["fingerprintSha256"], "the new certificate served")
    for name in (ALPHA, BETA):
        want = issued[name]["fingerprintSha256"]
        assert served_fingerprint(server.imaps_port, ctx, name) == want
        assert served_fingerprint(server.submissions_port, ctx, name) == want
        assert starttls_fingerprint(server.submission_port, ctx, name) == want
    assert issued[ALPHA]["fingerprintSha256"] != issued[BETA]["fingerprintSha256"]

    # A session opened on the old certificate carries on while the certificate is renewed.
    raw = socket.create_connection(("127.0.0.1", server.imaps_port), timeout=10)
    session = ctx.wrap_socket(raw, server_hostname=ALPHA)
    old = hashlib.sha256(session.getpeercert(binary_form=True)).hexdigest()
    assert session.recv(4096).startswith(b"* OK")
    renewing = api.ok("POST", f"/certificates/{ordered[ALPHA]}/renew", status=202)
    assert renewing["status"] == "valid", "the current certificate stays served while renewing"
    renewed = wait_for(api, ordered[ALPHA], lambda c: c["fingerprintSha256"] != old)
    assert renewed["status"] == "valid" and renewed["renewal"]["lastError"] is None
    served_soon(server.imaps_port, ctx, ALPHA, renewed["fingerprintSha256"], "the renewed certificate served")
    session.sendall(b"a1 CAPABILITY\r\n")
    reply = b""
    while b"a1 " not in reply:
        chunk = session.recv(4096)
        assert chunk, "the old session was cut"
        reply += chunk
    assert b"a1 OK" in reply
    session.close()
    assert served_fingerprint(server.imaps_port, ctx, BETA) == issued[BETA]["fingerprintSha256"]

    # The private key never leaves the server: not in the API, not in the clear in the table.
    listed = api.ok("GET", "/certificates")["items"]
    assert {c["id"] for c in listed} == set(ordered.values())
    assert all("key" not in c for c in listed)
    stored = psql(f"SELECT key_sealed FROM certificates WHERE id = '{ordered[ALPHA]}'", db=server.db)
    assert "PRIVATE KEY" not in stored and stored.strip()

    # Deleting one: its name falls back to the server's own identity at the next handshake.
    assert api.delete(f"/certificates/{ordered[BETA]}").status_code == 204
    def falls_back():
        try:
            served_fingerprint(server.imaps_port, ctx, BETA)
            return False
        except ssl.SSLCertVerificationError:
            return True
    wait_until(falls_back, timeout=10, what="the deleted certificate no longer served")


def test_tls_alpn_01_is_answered_on_a_mail_tls_port(server, pebble, tmp_path):
    api = server.admin()
    settings = api.ok("PUT", "/settings/acme", json={
        "directoryUrl": pebble.directory, "caCertificate": pebble.ca_pem, "challenge": "tls-alpn-01"})
    assert settings["challenge"] == "tls-alpn-01"
    assert api.put("/settings/acme", json={"directoryUrl": pebble.directory, "challenge": "dns-01"}).status_code in (400, 422)
    api.ok("PUT", "/settings/logs", json={"debug": ["certificates"]})
    cert = api.ok("POST", "/certificates/acme", json={"names": [GAMMA]}, status=202)
    issued = wait_for(api, cert["id"], lambda c: c["status"] == "valid")
    assert issued["names"] == [GAMMA] and "Pebble" in issued["issuer"]
    # Proved by a TLS-ALPN-01 handshake on the IMAPS port (the debug log says so).
    wait_until(lambda: [line for line in api.ok("GET", "/logs", params={"family": "debug"})["items"]
                        if "TLS-ALPN-01 validation" in line["text"] and line["fields"].get("name") == GAMMA],
               what="the TLS-ALPN-01 validation answered")
    assert psql("SELECT count(*) FROM acme_challenges", db=server.db).strip() == "0", "the challenge ends with the order"
    ctx = trusting(pebble.root_pem(tmp_path))
    served_soon(server.imaps_port, ctx, GAMMA, issued["fingerprintSha256"], "the certificate proved over TLS-ALPN-01")

    # A client offering acme-tls/1 for a name with no challenge in flight gets no certificate;
    # a mail client offering other protocols is served as ever.
    acme_only = ssl.create_default_context()
    acme_only.check_hostname, acme_only.verify_mode = False, ssl.CERT_NONE
    acme_only.set_alpn_protocols(["acme-tls/1"])
    try:
        served_fingerprint(server.imaps_port, acme_only, GAMMA)
        raise AssertionError("an acme-tls/1 handshake without a challenge was served")
    except (ssl.SSLError, OSError):
        pass
    ctx.set_alpn_protocols(["imap", "h2"])
    assert served_fingerprint(server.imaps_port, ctx, GAMMA) == issued["fingerprintSha256"]


def test_an_order_the_ca_cannot_validate_fails_with_the_reason_and_is_retried(server, pebble):
    api = server.admin()
    api.ok("PUT", "/settings/acme", json={"directoryUrl": pebble.directory, "caCertificate": pebble.ca_pem})
    # No DNS record: the CA cannot reach the name.
    cert = api.ok("POST", "/certificates/acme", json={"names": ["nowhere.gamma.test"]}, status=202)
    got = wait_until(lambda: (c := api.ok("GET", f"/certificates/{cert['id']}"))["status"] == "failed" and c,
                     timeout=60, what="the order failing")
    assert got["renewal"]["attempts"] == 1
    assert got["renewal"]["lastError"]
    assert got["renewal"]["nextAt"] > got["renewal"]["lastErrorAt"], "retried later"


def test_uploads_are_checked_and_served_by_sni_and_as_default(server, tmp_path):
    api = server.admin()
    root = make_cert("Upload Test Root", ca=True)
    inter = make_cert("Upload Test Intermediate", root, ca=True)
    leaf = make_cert("mail.upload.test", inter, names=["mail.upload.test", "*.wild.test"])
    chain = pem(leaf[0]) + pem(inter[0])

    def refused(body, code, field):
        r = api.post("/certificates", json=body)
        assert r.status_code == 422, r.text
        problem = r.json()
        assert r.headers["content-type"].startswith("application/problem+json")
        assert (problem["code"], problem.get("field")) == (code, field), problem
        return problem

    other = make_cert("mail.upload.test", inter, names=["mail.upload.test"])
    refused({"chain": chain, "key": key_pem(other[1])}, "certificate_key_mismatch", "key")
    past = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=10)
    expired = make_cert("old.upload.test", inter, names=["old.upload.test"],
                        not_before=past - datetime.timedelta(days=30), not_after=past)
    problem = refused({"chain": pem(expired[0]) + pem(inter[0]), "key": key_pem(expired[1])},
                      "certificate_expired", "chain")
    assert "expired" in problem["detail"]
    refused({"chain": pem(inter[0]) + pem(leaf[0]), "key": key_pem(leaf[1])}, "certificate_chain_order", "chain")
    refused({"chain": "not a certificate", "key": key_pem(leaf[1])}, "invalid_certificate", "chain")
    refused({"chain": chain, "key": "not a key"}, "invalid_key", "key")

    cert = api.ok("POST", "/certificates", json={"name": "Upload", "chain": chain, "key": key_pem(leaf[1])}, status=201)
    assert cert["status"] == "valid" and cert["source"] == "uploaded"
    assert cert["names"] == ["mail.upload.test", "*.wild.test"]
    assert cert["renewal"]["nextAt"] is None
    r = api.post(f"/certificates/{cert['id']}/renew")
    assert r.status_code == 409 and r.json()["code"] == "certificate_not_renewable"
    assert api.ok("GET", "/certificates", params={"host": "imap.wild.test"})["items"][0]["id"] == cert["id"]
    assert api.ok("GET", "/certificates", params={"host": "other.test"})["items"] == []

    ctx = trusting(pem(root[0]))
    served_soon(server.imaps_port, ctx, "mail.upload.test", cert["fingerprintSha256"], "the uploaded certificate served")
    assert served_fingerprint(server.pop3s_port, ctx, "imap.wild.test") == cert["fingerprintSha256"]

    # Without SNI a client gets the default: the server's own identity until one is chosen.
    plain = ssl.create_default_context()
    plain.check_hostname, plain.verify_mode = False, ssl.CERT_NONE
    assert served_fingerprint(server.imaps_port, plain, None) != cert["fingerprintSha256"]
    assert api.ok("PATCH", f"/certificates/{cert['id']}", json={"isDefault": True})["isDefault"] is True
    served_soon(server.imaps_port, plain, None, cert["fingerprintSha256"], "the default certificate served")

    # A replacement chain and key, checked the same way, served at the next handshake.
    successor = make_cert("mail.upload.test", inter, names=["mail.upload.test"])
    refused_update = api.patch(f"/certificates/{cert['id']}", json={"chain": pem(successor[0])})
    assert refused_update.status_code == 422 and refused_update.json()["field"] == "key"
    updated = api.ok("PATCH", f"/certificates/{cert['id']}",
                     json={"chain": pem(successor[0]) + pem(inter[0]), "key": key_pem(successor[1])})
    assert updated["names"] == ["mail.upload.test"]
    served_soon(server.imaps_port, ctx, "mail.upload.test", updated["fingerprintSha256"], "the replacement served")


def test_self_signed_certificates_and_jsonrpc(server):
    rpc = server.rpc()
    made = rpc.ok("Certificates.generate", {"names": ["self.example.test", "*.self.example.test"], "validDays": 30})
    assert made["source"] == "selfSigned" and made["status"] == "valid"
    assert made["renewal"]["nextAt"] < made["notAfter"]
    listed = rpc.ok("Certificates.get", {"host": "a.self.example.test"})
    assert [c["id"] for c in listed["items"]] == [made["id"]]
    renewed_at = made["fingerprintSha256"]
    rpc.ok("Certificates.renew", {"id": made["id"]})
    wait_until(lambda: rpc.ok("Certificates.getById", {"id": made["id"]})["fingerprintSha256"] != renewed_at,
               what="the self-signed certificate made again")
    err = rpc.err("Certificates.generate", {"names": []})
    assert err["data"]["code"] == "out_of_range"
    settings = rpc.ok("AcmeSettings.get")
    assert settings["directoryUrl"].startswith("https://")
    err = rpc.err("AcmeSettings.set", {"settings": {"directoryUrl": "http://plain.example/dir"}})
    assert err["data"]["code"] == "invalid_url"
    rpc.ok("Certificates.remove", {"id": made["id"]})
    assert rpc.ok("Certificates.get")["items"] == []


def test_only_server_administrators_manage_certificates(world):
    admin, a = world["admin"], world["a"]
    made = admin.ok("POST", "/certificates/self-signed", json={"names": [f"mail.{a['domain']['name']}"]}, status=201)
    for who in ("domainAdminApi", "tenantAdminApi", "userApi"):
        api = a[who]
        for method, path, body in (("GET", "/certificates", None), ("GET", f"/certificates/{made['id']}", None),
                                   ("POST", "/certificates/self-signed", {"names": [f"x.{a['domain']['name']}"]}),
                                   ("POST", "/certificates/acme", {"names": [f"y.{a['domain']['name']}"]}),
                                   ("PATCH", f"/certificates/{made['id']}", {"isDefault": True}),
                                   ("DELETE", f"/certificates/{made['id']}", None),
                                   ("GET", "/settings/acme", None),
                                   ("PUT", "/settings/acme", {"directoryUrl": "https://ca.example/dir"})):
            r = api.request(method, path, json=body)
            assert r.status_code == 403, (who, method, path, r.status_code, r.text)
    assert [c["id"] for c in admin.ok("GET", "/certificates")["items"]] == [made["id"]]
    assert admin.ok("GET", "/settings/acme")["directoryUrl"] != "https://ca.example/dir"


def test_a_certificate_about_to_expire_is_announced_once(server):
    """An uploaded certificate (not renewed by the server) within 14 days of its end is announced
    to the server-wide webhooks as `certificate.expiring`, once a day whichever node sees it."""
    api = server.admin()
    receiver = Receiver()
    try:
        hook = api.ok("POST", "/webhooks", {"url": receiver.url, "events": ["certificate.expiring"]}, status=201)
        soon = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=10)
        leaf = make_cert("mail.soon.test", names=["mail.soon.test"], not_after=soon)
        later = make_cert("mail.later.test", names=["mail.later.test"])
        made = api.ok("POST", "/certificates", json={"name": "Soon", "chain": pem(leaf[0]), "key": key_pem(leaf[1])}, status=201)
        api.ok("POST", "/certificates", json={"name": "Later", "chain": pem(later[0]), "key": key_pem(later[1])}, status=201)
        receiver.wait_for(1)
        [event] = receiver.events(hook["secret"]).values()
        assert event["type"] == "certificate.expiring"
        assert event["data"]["id"] == made["id"] and event["data"]["names"] == ["mail.soon.test"]
        wait_until(lambda: psql("SELECT count(*) FROM certificates WHERE expiry_announced_at IS NOT NULL", server.db) == "1")
        assert psql("SELECT count(*) FROM webhook_events WHERE type = 'certificate.expiring'", server.db) == "1"
    finally:
        receiver.close()
