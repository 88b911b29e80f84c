"""Issue 17, the sending side: a domain's DKIM keys (made by the server, or imported), mail
leaving the server signed with them — verified by dkimpy, an independent implementation, with
the keys served by the test's own DNS server, and by a second postbay that checks senders —,
key rotation, ARC seals on forwarded mail, and the DNS records a domain publishes with their
check."""

import base64
import json
import re
import smtplib
import subprocess
import uuid

import dkim
import pytest
import requests
from dns import resolver as dns_resolver

from conftest import ADMIN_PASSWORD, PG_URL, psql, start_server, stop_server
from helpers import Sink, wait_until
from test_outbound import outbound, mx_port  # noqa: F401  (fixtures)
from test_smtp import setup_domain
from test_submission import submit
from webhook_receiver import Receiver

PASSWORD = "Passw0rd-x"


def key_lookup(test_dns):
    """dkimpy's DNS function, asking the test's DNS server."""
    ask = dns_resolver.Resolver(configure=False)
    ask.nameservers = ["127.0.0.1"]
    ask.port = test_dns.port

    def lookup(name, timeout=5):
        name = name.decode() if isinstance(name, bytes) else name
        answer = ask.resolve(name.rstrip("."), "TXT", lifetime=timeout)
        return b"".join(b"".join(rr.strings) for rr in answer)

    return lookup


def send_as_alice(server, w, to, subject="signed"):
    msg_id = f"{uuid.uuid4().hex}@{w['name']}"
    body = (f"From: Alice <alice@{w['name']}>\r\nTo: <{to}>\r\nSubject: {subject}\r\n"
            f"Message-ID: <{msg_id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n"
            f"A signed message.\r\n\r\n\r\n").encode()
    client = submit(server, f"alice@{w['name']}", PASSWORD)
    assert client.sendmail(f"alice@{w['name']}", [to], body) == {}
    client.quit()
    return msg_id


def received(sink, msg_id) -> bytes:
    """The message as the sink got it, without the lines smtp-sink puts in front."""
    def found():
        for dump in sink.messages():
            if msg_id.encode() in dump:
                return (dump,)
        return None

    (dump,) = wait_until(found, timeout=30, what=f"{msg_id} at the sink")
    if b"\r\n" not in dump:
        dump = dump.replace(b"\n", b"\r\n")
    lines = dump.split(b"\r\n")
    while lines and re.match(rb"^X-(Client|Helo|Mail|Rcpt)-", lines[0]):
        lines.pop(0)
    return b"\r\n".join(lines)


def signatures(message: bytes) -> list[dict]:
    """The tags of each DKIM-Signature field, in order."""
    header = message.split(b"\r\n\r\n", 1)[0].decode()
    fields = re.split(r"\r\n(?=[^ \t])", header)
    found = []
    for f in fields:
        if f.lower().startswith("dkim-signature:"):
            value = re.sub(r"\s+", "", f.split(":", 1)[1])
            found.append(dict(t.split("=", 1) for t in value.split(";") if "=" in t))
    return found


def verify_all(message: bytes, lookup) -> list[bool]:
    """Each signature's verification, in order (a failure is False, whatever its reason)."""
    d = dkim.DKIM(message)
    results = []
    for i in range(len(signatures(message))):
        try:
            results.append(d.verify(idx=i, dnsfunc=lookup))
        except dkim.DKIMException:
            results.append(False)
    return results


def publish(test_dns, records):
    for record in records:
        test_dns.publish(record)


@pytest.fixture
def far(dns, mx_port, tmp_path):
    """`far.example`, whose exchanger is an smtp-sink."""
    dns.add("far.example", "MX", (10, "mx.far.example"))
    dns.add("mx.far.example", "A", "127.0.0.31")
    sink = Sink(tmp_path, "127.0.0.31", mx_port)
    yield sink
    sink.stop()


def test_outgoing_mail_is_signed_with_both_keys_and_verifies_independently(outbound, dns, far):
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    ed = admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    rsa = admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "rsa", "selector": "mail2026"}, status=201)
    assert ed["status"] == rsa["status"] == "active", "a domain's first key of an algorithm signs at once"
    assert re.fullmatch(r"ed\d{8}", ed["selector"]) and rsa["selector"] == "mail2026"
    assert ed["record"] == {"type": "TXT", "name": f"{ed['selector']}._domainkey.{w['name']}",
                            "value": ed["record"]["value"], "ttl": 3600}
    assert ed["record"]["value"].startswith("v=DKIM1; k=ed25519; p=")
    assert rsa["record"]["value"].startswith("v=DKIM1; k=rsa; p=MIIBIjAN"), "RSA-2048 as SubjectPublicKeyInfo"
    # The private halves never leave the server and are sealed at rest.
    assert "privateKey" not in ed and "privateKey" not in rsa
    stored = psql(f"SELECT private_key FROM dkim_keys WHERE domain_id = '{domain}'", outbound.db).split("\n")
    assert len(stored) == 2 and all(s.startswith("v1:") for s in stored)
    # A selector is a DNS label, and one per domain.
    bad = admin.post(f"/domains/{domain}/dkim-keys", {"algorithm": "rsa", "selector": "Not_A.Label"})
    assert bad.status_code == 422 and bad.json()["code"] == "invalid_selector" and bad.json()["field"] == "selector"
    taken = admin.post(f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "mail2026"})
    assert taken.status_code == 409 and taken.json()["code"] == "selector_taken"

    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    msg_id = send_as_alice(outbound, w, "bob@far.example")
    message = received(far, msg_id)
    found = signatures(message)
    assert sorted(s["a"] for s in found) == ["ed25519-sha256", "rsa-sha256"], found
    assert {s["s"] for s in found} == {ed["selector"], "mail2026"}
    for s in found:
        assert s["d"] == w["name"] and s["c"] == "relaxed/relaxed" and "l" not in s
        assert s["h"].lower().count("from") == 2, f"From is over-signed: {s['h']}"
    assert verify_all(message, key_lookup(dns)) == [True, True]
    # A changed body breaks both.
    tampered = message.replace(b"A signed message.", b"A changed message.")
    assert verify_all(tampered, key_lookup(dns)) == [False, False]


def test_only_mail_the_sender_may_send_as_is_signed(outbound, dns, far):
    """A From of a domain the account does not own, or mail that only passes through, is
    never signed with the domain's keys."""
    w = setup_domain(outbound)
    other = setup_domain(outbound)
    admin = w["admin"]
    # Both domains sign: neither key may go on a From the account may not send as.
    admin.ok("POST", f"/domains/{other['domain']['id']}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    admin.ok("POST", f"/domains/{w['domain']['id']}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    msg_id = f"{uuid.uuid4().hex}@x"
    body = (f"From: <alice@{other['name']}>\r\nTo: <bob@far.example>\r\nSubject: not mine\r\n"
            f"Message-ID: <{msg_id}>\r\n\r\nHi.\r\n").encode()
    client = submit(outbound, f"alice@{w['name']}", PASSWORD)
    client.sendmail(f"alice@{w['name']}", ["bob@far.example"], body)
    client.quit()
    assert signatures(received(far, msg_id)) == []


def test_key_rotation_publishes_first_then_switches(outbound, dns, far):
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    old = admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "old"}, status=201)
    new = admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "new"}, status=201)
    assert (old["status"], new["status"]) == ("active", "pending")
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    before = received(far, send_as_alice(outbound, w, "bob@far.example"))
    assert [s["s"] for s in signatures(before)] == ["old"], "a pending key does not sign"

    activated = admin.ok("PATCH", f"/domains/{domain}/dkim-keys/{new['id']}", {"status": "active"})
    assert activated["status"] == "active" and activated["activatedAt"]
    keys = {k["selector"]: k for k in admin.ok("GET", f"/domains/{domain}/dkim-keys")}
    assert keys["old"]["status"] == "retired" and keys["old"]["published"] is True
    records = admin.ok("GET", f"/domains/{domain}/dns-records")["records"]
    assert {r["name"].split(".")[0] for r in records if "._domainkey." in r["name"]} == {"old", "new"}
    after = received(far, send_as_alice(outbound, w, "bob@far.example"))
    assert [s["s"] for s in signatures(after)] == ["new"], "the activated key signs"
    # Mail signed with the old selector still verifies while it is published.
    assert verify_all(before, key_lookup(dns)) == [True]
    assert verify_all(after, key_lookup(dns)) == [True]

    # The signing key cannot be deleted; a retired one can, and leaves the records.
    refused = admin.delete(f"/domains/{domain}/dkim-keys/{new['id']}")
    assert refused.status_code == 409 and refused.json()["code"] == "dkim_key_active"
    admin.ok("DELETE", f"/domains/{domain}/dkim-keys/{old['id']}", status=204)
    records = admin.ok("GET", f"/domains/{domain}/dns-records")["records"]
    assert [r["name"] for r in records if "._domainkey." in r["name"]] == [f"new._domainkey.{w['name']}"]
    # A retention of 0 days drops retired keys from the records at once.
    settings = admin.ok("GET", "/settings/mail-auth")
    assert settings["retiredKeyDays"] == 7
    admin.ok("PUT", "/settings/mail-auth", {**settings, "retiredKeyDays": 0})
    admin.ok("PATCH", f"/domains/{domain}/dkim-keys/{new['id']}", {"status": "retired"})
    records = admin.ok("GET", f"/domains/{domain}/dns-records")["records"]
    assert [r for r in records if "._domainkey." in r["name"]] == []
    # A key no longer published cannot sign again.
    r = admin.patch(f"/domains/{domain}/dkim-keys/{new['id']}", {"status": "active"})
    assert r.status_code == 409 and r.json()["code"] == "dkim_key_unpublished", r.text


def test_a_domain_has_a_bounded_number_of_keys(outbound):
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    for n in range(10):
        admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": f"k{n}"}, status=201)
    r = admin.post(f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "k10"})
    assert r.status_code == 409 and r.json()["code"] == "too_many_keys", r.text
    # Deleting a pending one makes room again.
    pending = [k for k in admin.ok("GET", f"/domains/{domain}/dkim-keys") if k["status"] == "pending"][0]
    admin.ok("DELETE", f"/domains/{domain}/dkim-keys/{pending['id']}", status=204)
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "k10"}, status=201)


def test_an_imported_key_signs_and_bad_keys_are_refused(outbound, dns, far):
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    pem = subprocess.run(["openssl", "genrsa", "-traditional", "2048"], check=True, capture_output=True).stdout.decode()
    public = subprocess.run(["openssl", "rsa", "-pubout"], input=pem.encode(), check=True, capture_output=True).stdout.decode()
    public_b64 = "".join(l for l in public.splitlines() if not l.startswith("-----"))
    key = admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519", "selector": "imported", "privateKey": pem}, status=201)
    assert key["algorithm"] == "rsa" and key["imported"] is True, "the key's own algorithm counts"
    assert key["record"]["value"] == f"v=DKIM1; k=rsa; p={public_b64}"
    for bad, why in [("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----", "garbage"),
                     (subprocess.run(["openssl", "genrsa", "-traditional", "1024"], check=True, capture_output=True).stdout.decode(), "too small"),
                     (subprocess.run(["openssl", "genrsa", "-traditional", "-3", "2048"], check=True, capture_output=True).stdout.decode(), "exponent 3")]:
        r = admin.post(f"/domains/{domain}/dkim-keys", {"algorithm": "rsa", "privateKey": bad})
        assert r.status_code == 422 and r.json()["code"] == "invalid_key" and r.json()["field"] == "privateKey", (why, r.text)
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    message = received(far, send_as_alice(outbound, w, "bob@far.example"))
    assert [s["s"] for s in signatures(message)] == ["imported"]
    assert verify_all(message, key_lookup(dns)) == [True]


def test_a_second_postbay_finds_dkim_and_dmarc_pass(outbound, dns, mx_port, tmp_path):
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "rsa"}, status=201)
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    dns.add("far.example", "MX", (10, "mx.far.example"))
    dns.add("mx.far.example", "A", "127.0.0.32")
    db = f"postbay_t_{uuid.uuid4().hex[:16]}"
    template = psql("SELECT datname FROM pg_database WHERE datname LIKE 'postbay_tpl_%' LIMIT 1")
    psql(f'CREATE DATABASE "{db}" TEMPLATE "{template}"')
    home = tmp_path / "receiver"
    home.mkdir()
    process, base = start_server({"POSTBAY_DATABASE_URL": f"{PG_URL}/{db}", "POSTBAY_HOSTNAME": "mx.far.example",
                                  "POSTBAY_SMTP_ADDR": f"127.0.0.32:{mx_port}", "POSTBAY_DNS_SERVERS": dns.address,
                                  "POSTBAY_SENDER_AUTH": "on"}, home)
    try:
        token = requests.post(f"{base}/api/v1/auth/login", json={"userName": "admin", "password": ADMIN_PASSWORD}, timeout=30)
        headers = {"Authorization": f"Bearer {token.json()['accessToken']}"}
        d = requests.post(f"{base}/api/v1/domains", json={"name": "far.example"}, headers=headers, timeout=30).json()
        r = requests.post(f"{base}/api/v1/domains/{d['id']}/accounts", json={"loginName": "bob", "password": PASSWORD},
                          headers=headers, timeout=30)
        assert r.status_code == 201, r.text
        msg_id = send_as_alice(outbound, w, "bob@far.example")

        def stored():
            out = psql(f"SELECT summary->'authentication' FROM message_contents WHERE summary->>'messageId' = '{msg_id}'", db)
            return (out,) if out else None

        (verdict,) = wait_until(stored, timeout=60, what="the second postbay to store the message")
        verdict = json.loads(verdict)
        assert [k["result"] for k in verdict["dkim"]] == ["pass", "pass"], verdict
        assert {k["domain"] for k in verdict["dkim"]} == {w["name"]}
        assert verdict["dmarc"]["result"] == "pass" and verdict["dmarc"]["domain"] == w["name"], verdict
        body = bytes.fromhex(psql(f"SELECT encode(body, 'hex') FROM message_contents WHERE summary->>'messageId' = '{msg_id}'", db))
        header = body.split(b"\r\n\r\n", 1)[0].decode()
        results = re.sub(r"\r\n[ \t]+", " ", header)
        assert re.search(r"Authentication-Results: mx\.far\.example;.*dkim=pass.*dmarc=pass", results), results
    finally:
        stop_server(process)
        psql(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def test_dns_records_and_their_check(outbound, dns):
    w = setup_domain(outbound)
    admin, domain, name = w["admin"], w["domain"]["id"], w["name"]
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "rsa"}, status=201)
    alias = f"alias-{name}"
    admin.ok("POST", f"/domains/{domain}/domain-aliases", {"name": alias})
    settings = admin.ok("GET", "/settings/mail-auth")
    admin.ok("PUT", "/settings/mail-auth", {**settings, "outboundAddresses": ["192.0.2.25", "2001:db8::25"],
                                            "dmarcPolicy": "quarantine"})
    wanted = admin.ok("GET", f"/domains/{domain}/dns-records")
    by_name = {(r["type"], r["name"]): r["value"] for r in wanted["records"]}
    assert by_name[("MX", name)] == "10 mail.primary.test."
    assert by_name[("TXT", name)] == "v=spf1 ip4:192.0.2.25 ip6:2001:db8::25 ~all"
    assert by_name[("TXT", f"_dmarc.{name}")] == "v=DMARC1; p=quarantine; adkim=r; aspf=r"
    assert by_name[("TXT", f"_mta-sts.{name}")].startswith("v=STSv1; id=")
    assert by_name[("CNAME", f"mta-sts.{name}")] == "mail.primary.test."
    assert by_name[("TXT", f"_smtp._tls.{name}")] == f"v=TLSRPTv1; rua=mailto:postmaster@{name}"
    assert by_name[("CNAME", f"autoconfig.{name}")] == "mail.primary.test."
    assert by_name[("SRV", f"_autodiscover._tcp.{name}")] == "0 1 443 mail.primary.test."
    assert by_name[("SRV", f"_imaps._tcp.{name}")] == f"0 1 {outbound.imaps_port} mail.primary.test."
    assert by_name[("SRV", f"_submission._tcp.{name}")] == f"0 1 {outbound.submission_port} mail.primary.test."
    assert by_name[("SRV", f"_sieve._tcp.{name}")] == f"0 1 {outbound.managesieve_port} mail.primary.test."
    # A domain alias's mail is signed as the alias: it gets the mail records too.
    assert by_name[("MX", alias)] == "10 mail.primary.test." and ("TXT", f"_dmarc.{alias}") in by_name
    assert by_name[("TXT", alias)] == by_name[("TXT", name)]
    assert len([r for r in wanted["records"] if r["name"].endswith(f"._domainkey.{alias}")]) == 1
    dkim_record = [r for r in wanted["records"] if "._domainkey." in r["name"]][0]
    # The zone fragment splits the 2048-bit key into strings of at most 255 octets.
    assert f"{name}.\t3600\tIN\tMX\t10 mail.primary.test." in wanted["zone"]
    line = [l for l in wanted["zone"].splitlines() if l.startswith(dkim_record["name"] + ".")][0]
    strings = re.findall(r'"([^"]*)"', line)
    assert len(strings) == 2 and len(strings[0]) == 255 and "".join(strings) == dkim_record["value"]

    # Nothing published yet: every record is missing.
    checked = admin.ok("GET", f"/domains/{domain}/dns-check")
    assert {r["status"] for r in checked["records"]} == {"missing"}, checked
    assert {r["status"] for r in checked["reverseDns"]} == {"missing"}

    publish(dns, wanted["records"])
    dns.add(name, "TXT", "postbay-verify=unrelated")  # other TXT kinds at a name do not count
    dns.add("25.2.0.192.in-addr.arpa", "PTR", "out.primary.test")
    dns.add("out.primary.test", "A", "192.0.2.25")
    checked = admin.ok("GET", f"/domains/{domain}/dns-check")
    assert [(r["name"], r["status"]) for r in checked["records"] if r["status"] != "ok"] == [], checked
    assert len(checked["records"]) == len(wanted["records"])
    reverse = {r["address"]: r["status"] for r in checked["reverseDns"]}
    assert reverse == {"192.0.2.25": "ok", "2001:db8::25": "missing"}, checked["reverseDns"]

    # One record taken away, one changed: exactly those two show it.
    dns.remove(f"_dmarc.{name}", "TXT")
    dns.remove(name, "TXT")
    dns.add(name, "TXT", "v=spf1 a -all")
    expected = {("TXT", f"_dmarc.{name}"): ("missing", []), ("TXT", name): ("different", ["v=spf1 a -all"])}

    def not_ok():
        checked = admin.ok("GET", f"/domains/{domain}/dns-check")
        return {(r["type"], r["name"]): (r["status"], r["found"]) for r in checked["records"] if r["status"] != "ok"}

    # The server's resolver keeps answers for their TTL (1 s from the test's DNS server).
    wait_until(lambda: not_ok() == expected, timeout=15, what=lambda: f"the check to see the change: {not_ok()}")
    # A name server that fails: lookupFailed, not missing.
    dns.failing.add(f"_mta-sts.{name}")
    wait_until(lambda: not_ok().get(("TXT", f"_mta-sts.{name}"), ("",))[0] == "lookupFailed", timeout=15,
               what=lambda: f"the failing name server to show: {not_ok()}")

    # The MTA-STS policy, served for `mta-sts.<domain>` without authentication.
    r = requests.get(f"{outbound.base}/.well-known/mta-sts.txt", headers={"Host": f"mta-sts.{name}"}, timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert r.text == wanted["mtaStsPolicy"] == "version: STSv1\r\nmode: testing\r\nmx: mail.primary.test\r\nmax_age: 604800\r\n"
    assert requests.get(f"{outbound.base}/.well-known/mta-sts.txt", headers={"Host": "mta-sts.unknown.example"}, timeout=30).status_code == 404


def test_keys_and_records_stay_inside_the_domain(outbound):
    """A domain admin manages the keys of their own domain; plain accounts see none."""
    w = setup_domain(outbound)
    other = setup_domain(outbound)
    admin = w["admin"]
    alice = outbound.login(f"alice@{w['name']}", PASSWORD)
    r = alice.get(f"/domains/{w['domain']['id']}/dkim-keys")
    assert r.status_code in (403, 404), r.text
    r = alice.get(f"/domains/{w['domain']['id']}/dns-records")
    assert r.status_code in (403, 404), r.text
    r = alice.get("/settings/mail-auth")
    assert r.status_code == 403, r.text
    key = admin.ok("POST", f"/domains/{other['domain']['id']}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    admin.ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = outbound.login(f"clerk@{w['name']}", "Cl3rk-pass-123")
    own = clerk.ok("POST", f"/domains/{w['domain']['id']}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    assert [k["id"] for k in clerk.ok("GET", f"/domains/{w['domain']['id']}/dkim-keys")] == [own["id"]]
    assert clerk.ok("GET", f"/domains/{w['domain']['id']}/dns-records")["domain"] == w["name"]
    assert clerk.get(f"/domains/{other['domain']['id']}/dkim-keys").status_code == 404
    assert clerk.patch(f"/domains/{other['domain']['id']}/dkim-keys/{key['id']}", {"status": "retired"}).status_code == 404
    assert clerk.get("/settings/mail-auth").status_code == 403
    events = admin.ok("GET", "/audit-events", params={"limit": 50})
    events = events.get("items", events) if isinstance(events, dict) else events
    assert any(e["action"] == "dkim_key.create" and e["actor"].startswith("account:clerk") for e in events), events
    # Through another domain's path, a key is not found.
    r = admin.patch(f"/domains/{w['domain']['id']}/dkim-keys/{key['id']}", {"status": "retired"})
    assert r.status_code == 404, r.text


def test_keys_and_records_over_json_rpc(outbound):
    """The same operations as a Kerio-style integration calls them."""
    w = setup_domain(outbound)
    rpc = outbound.rpc()
    domain = w["domain"]["id"]
    key = rpc.ok("DkimKeys.create", {"domainId": domain, "key": {"algorithm": "ed25519", "selector": "rpc1"}})
    assert key["status"] == "active" and key["selector"] == "rpc1"
    second = rpc.ok("DkimKeys.create", {"domainId": domain, "key": {"algorithm": "ed25519"}})
    assert second["status"] == "pending"
    assert [k["selector"] for k in rpc.ok("DkimKeys.get", {"domainId": domain})["list"]] == [second["selector"], "rpc1"]
    bad = rpc.err("DkimKeys.create", {"domainId": domain, "key": {"algorithm": "rsa", "selector": "-bad"}})
    assert bad["data"]["field"] == "key.selector", bad
    assert rpc.ok("DkimKeys.set", {"domainId": domain, "dkimKeyId": second["id"], "status": "active"})["status"] == "active"
    rpc.ok("DkimKeys.remove", {"domainId": domain, "dkimKeyId": key["id"]})
    records = rpc.ok("Domains.getDnsRecords", {"domainId": domain})
    assert records == w["admin"].ok("GET", f"/domains/{domain}/dns-records")
    checked = rpc.ok("Domains.checkDns", {"domainId": domain})
    assert len(checked["records"]) == len(records["records"])


def test_mail_a_domain_forwards_is_arc_sealed(server, dns, mx_port, far, tmp_path):
    """A message from outside, signed by its author's domain, reaches an alias that forwards
    it out: the forwarded copy carries an ARC set sealed with the forwarding domain's RSA key,
    recording what was checked on arrival, and dkimpy validates the chain; the author's own
    signature still verifies."""
    server.restart(tmp_path, {"POSTBAY_DNS_SERVERS": dns.address, "POSTBAY_MX_PORT": str(mx_port),
                              "POSTBAY_SENDER_AUTH": "on"})
    w = setup_domain(server)
    admin, domain = w["admin"], w["domain"]["id"]
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "rsa", "selector": "fwd"}, status=201)
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    admin.ok("POST", f"/domains/{domain}/aliases", {"name": "forward", "target": "bob@far.example"})

    author = f"origin{uuid.uuid4().hex[:8]}.example"
    pem = subprocess.run(["openssl", "genrsa", "-traditional", "2048"], check=True, capture_output=True).stdout
    public = subprocess.run(["openssl", "rsa", "-pubout", "-outform", "DER"], input=pem, check=True, capture_output=True).stdout
    dns.add(f"s1._domainkey.{author}", "TXT", f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}")
    dns.add(author, "TXT", "v=spf1 ip4:127.0.0.1 -all")
    dns.add(f"_dmarc.{author}", "TXT", "v=DMARC1; p=reject")
    msg_id = f"{uuid.uuid4().hex}@{author}"
    content = (f"From: News <news@{author}>\r\nTo: <forward@{w['name']}>\r\nSubject: forwarded\r\n"
               f"Message-ID: <{msg_id}>\r\n\r\nTo be forwarded.\r\n").encode()
    signed = dkim.sign(content, b"s1", author.encode(), pem, include_headers=[b"from", b"to", b"subject", b"message-id"]) + content
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, local_hostname=f"mail.{author}", timeout=60)
    client.sendmail(f"news@{author}", [f"forward@{w['name']}"], signed)
    client.quit()

    message = received(far, msg_id)
    header = re.sub(r"\r\n[ \t]+", " ", message.split(b"\r\n\r\n", 1)[0].decode())
    seal = [l for l in header.split("\r\n") if l.lower().startswith("arc-seal:")]
    assert len(seal) == 1 and "i=1" in seal[0] and f"d={w['name']}" in seal[0] and "cv=none" in seal[0], header
    aar = [l for l in header.split("\r\n") if l.lower().startswith("arc-authentication-results:")]
    assert len(aar) == 1 and "dkim=pass" in aar[0] and "spf=pass" in aar[0] and "dmarc=pass" in aar[0], aar
    cv, _, why = dkim.arc_verify(message, dnsfunc=key_lookup(dns))
    assert cv == dkim.CV_Pass, why
    assert verify_all(message, key_lookup(dns)) == [True], "the author's signature survives forwarding"
    # The envelope sender is rewritten into the forwarding domain (SRS): SPF passes there too.
    dump = [d for d in far.messages() if msg_id.encode() in d][0]
    srs = rb"X-Mail-Args: <SRS0=[^=]{4}=[A-Z2-7]{2}=" + re.escape(author.encode()) + rb"=news@" + re.escape(w["name"].encode()) + rb">"
    assert re.search(srs, dump), dump[:400]


def test_the_servers_own_reports_are_signed(outbound, dns, far):
    """A bounce to an outside sender, from MAILER-DAEMON@mail.primary.test, leaves signed by
    the hosted domain above the host name (primary.test), which DMARC's relaxed alignment
    accepts."""
    w = setup_domain(outbound)
    admin, name = w["admin"], w["name"]
    primary = [d for d in admin.ok("GET", "/domains", params={"limit": 100})["items"] if d["name"] == "primary.test"][0]
    admin.ok("POST", f"/domains/{primary['id']}/dkim-keys", {"algorithm": "rsa", "selector": "reports"}, status=201)
    publish(dns, admin.ok("GET", f"/domains/{primary['id']}/dns-records")["records"])
    admin.ok("POST", f"/domains/{w['domain']['id']}/groups", {"name": "Team", "addresses": ["team"],
                                                              "members": [w["alice"]["id"], w["bob"]["id"]]})
    admin.ok("PATCH", f"/accounts/{w['bob']['id']}", {"quotaMessages": 1})
    client = smtplib.SMTP("127.0.0.1", outbound.smtp_port, timeout=60)
    client.sendmail("someone@far.example", [f"bob@{name}"], f"Subject: fill\r\nMessage-ID: <{uuid.uuid4().hex}@far.example>\r\n\r\nx\r\n".encode())
    original = f"{uuid.uuid4().hex}@far.example"
    client.sendmail("someone@far.example", [f"team@{name}"],
                    f"From: <someone@far.example>\r\nSubject: for the team\r\nMessage-ID: <{original}>\r\n\r\nHi.\r\n".encode())
    client.quit()
    bounce = received(far, original)
    assert b"MAILER-DAEMON@mail.primary.test" in bounce
    found = signatures(bounce)
    assert [(s["d"], s["s"]) for s in found] == [("primary.test", "reports")], found
    assert verify_all(bounce, key_lookup(dns)) == [True]


def test_a_released_submission_is_signed_as_it_would_have_been(outbound, dns, far):
    """A user's outgoing mail the quarantine held (issue 18) and an administrator released
    leaves as that user's submission: DKIM-signed by its From domain, verified by dkimpy."""
    from test_spam_filter import GTUBE, put_settings
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    put_settings(admin, submissionAction="quarantine")
    msg_id = f"{uuid.uuid4().hex}@{w['name']}"
    body = (f"From: Alice <alice@{w['name']}>\r\nTo: <bob@far.example>\r\nSubject: held\r\n"
            f"Message-ID: <{msg_id}>\r\n\r\n{GTUBE}\r\n").encode()
    client = submit(outbound, f"alice@{w['name']}", PASSWORD)
    assert client.sendmail(f"alice@{w['name']}", ["bob@far.example"], body) == {}
    client.quit()
    held = [e for e in admin.ok("GET", "/quarantine")["items"] if e["subject"] == "held"]
    assert len(held) == 1 and held[0]["reason"] == "outbound", held
    released = admin.ok("POST", f"/quarantine/{held[0]['id']}/release")
    assert released["deliveredTo"] == ["bob@far.example"], released
    message = received(far, msg_id)
    found = signatures(message)
    assert [s["d"] for s in found] == [w["name"]] and found[0]["a"] == "ed25519-sha256", found
    assert verify_all(message, key_lookup(dns)) == [True]


def test_the_signed_headers_are_a_setting(outbound, dns, far):
    """Which header fields a signature covers is a server setting: From is required (and
    always over-signed), names are checked, duplicates dropped; signatures follow at once."""
    w = setup_domain(outbound)
    admin, domain = w["admin"], w["domain"]["id"]
    settings = admin.ok("GET", "/settings/mail-auth")
    assert settings["signedHeaders"][0] == "From" and "Subject" in settings["signedHeaders"]
    for bad in (["Subject"], ["From", "Bad:Name"], ["From"] * 41, ["From", ""], ["From", "X-Foo;bh=AAAA"],
                ["From", "Received"], ["From", "ARC-Seal"]):
        refused = admin.put("/settings/mail-auth", {**settings, "signedHeaders": bad})
        assert refused.status_code == 422 and refused.json()["field"] == "signedHeaders", (bad, refused.text)
    saved = admin.ok("PUT", "/settings/mail-auth", {**settings, "signedHeaders": ["from", "Subject", "X-Campaign", "subject"]})
    assert saved["signedHeaders"] == ["from", "Subject", "X-Campaign"]
    admin.ok("POST", f"/domains/{domain}/dkim-keys", {"algorithm": "ed25519"}, status=201)
    publish(dns, admin.ok("GET", f"/domains/{domain}/dns-records")["records"])
    msg_id = send_as_alice(outbound, w, "bob@far.example")
    message = received(far, msg_id)
    (found,) = signatures(message)
    assert sorted(found["h"].lower().split(":")) == ["from", "from", "subject", "x-campaign"], found
    assert verify_all(message, key_lookup(dns)) == [True]


def test_a_change_in_the_published_records_is_announced(outbound, dns):
    """Every check (the API's, and the monitor's daily one) remembers each record's state; one
    found in another state than the last time is announced as `domain.dns_check_changed` to the
    domain's tenant. The first check is where a domain starts; a failed lookup is not news."""
    w = setup_domain(outbound)
    admin, domain, name = w["admin"], w["domain"]["id"], w["name"]
    receiver = Receiver()
    try:
        hook = admin.ok("POST", "/webhooks", {"url": receiver.url, "events": ["domain.dns_check_changed"]}, status=201)
        wanted = admin.ok("GET", f"/domains/{domain}/dns-records")
        assert {r["status"] for r in admin.ok("GET", f"/domains/{domain}/dns-check")["records"]} == {"missing"}

        def changes():
            seen = []
            for event in receiver.events(hook["secret"]).values():
                assert event["type"] == "domain.dns_check_changed" and event["data"]["id"] == domain
                seen += [(c["type"], c["name"], c["was"], c["now"]) for c in event["data"]["changes"]]
            return seen

        def check_until(done, what):
            wait_until(lambda: done(admin.ok("GET", f"/domains/{domain}/dns-check")["records"]), timeout=15, what=what)

        publish(dns, wanted["records"])
        check_until(lambda records: all(r["status"] == "ok" for r in records), "every record published")
        wait_until(lambda: ("TXT", f"_dmarc.{name}", "missing", "ok") in changes(), what="the records announced as published")
        dns.remove(f"_dmarc.{name}", "TXT")
        check_until(lambda records: any(r["name"] == f"_dmarc.{name}" and r["status"] == "missing" for r in records),
                    "the DMARC record gone")
        wait_until(lambda: ("TXT", f"_dmarc.{name}", "ok", "missing") in changes(), what="the DMARC record announced as gone")
        # A name server failing: lookupFailed in the check, nothing announced.
        dns.failing.add(f"_mta-sts.{name}")
        check_until(lambda records: any(r["status"] == "lookupFailed" for r in records), "a failed lookup")
        admin.ok("GET", f"/domains/{domain}/dns-check")
        assert all(now != "lookupFailed" for *_, now in changes())
        assert psql(f"SELECT count(*) FROM domain_dns_checks WHERE domain_id = '{domain}' AND records::text LIKE '%lookupFailed%'",
                    outbound.db) == "0"
    finally:
        receiver.close()
