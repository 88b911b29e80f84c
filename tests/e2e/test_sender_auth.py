"""Issue 17: the senders of mail from other servers are checked — SPF for HELO and MAIL FROM,
DKIM (signed here by dkimpy, an independent implementation, with RSA and Ed25519 keys), ARC
and DMARC — with every record served by the test's own DNS server. Each check shows in the
Authentication-Results header on the stored message and in the verdict stored with it; a
sender whose DMARC policy says reject is refused at SMTP."""

import base64
import imaplib
import json
import smtplib
import ssl
import subprocess
import uuid

import dkim
import nacl.signing
import pytest

from conftest import psql
from test_smtp import body_of, copies, setup_domain

HELO = "mail.sender.example"


@pytest.fixture
def checking(server, dns, tmp_path):
    """The server checking senders, asking the test's DNS server."""
    server.restart(tmp_path, {"POSTBAY_DNS_SERVERS": dns.address, "POSTBAY_SENDER_AUTH": "on"})
    return server


def message(sender="someone@sender.example", subject="checked", body="Hello.\r\n", extra=""):
    msg_id = f"{uuid.uuid4().hex}@sender.example"
    return msg_id, (f"From: Someone <{sender}>\r\nTo: alice\r\nSubject: {subject}\r\n"
                    f"Message-ID: <{msg_id}>\r\n{extra}\r\n{body}").encode()


def send(server, mail_from, to, content, helo=HELO):
    """Sends over port 25 as a server named `helo` would; the refusals it got, if any."""
    client = smtplib.SMTP("127.0.0.1", server.smtp_port, local_hostname=helo, timeout=60)
    try:
        client.sendmail(mail_from, to, content)
        return None
    except smtplib.SMTPDataError as e:
        return e.smtp_code, e.smtp_error.decode()
    finally:
        client.quit()


def verdict(server, msg_id):
    """The stored verdict; None when the sender was not checked."""
    out = psql(f"SELECT summary->'authentication' FROM message_contents WHERE summary->>'messageId' = '{msg_id}'", server.db)
    return json.loads(out) if out else None


def folders_of(server, msg_id) -> list[str]:
    """The special use of each folder holding a copy of the message."""
    out = psql(f"SELECT f.special_use FROM messages m JOIN folders f ON f.id = m.folder_id "
               f"JOIN message_contents c ON c.id = m.content_id WHERE c.summary->>'messageId' = '{msg_id}'", server.db)
    return out.split("\n") if out else []


def results_header(server, msg_id) -> str:
    """The stored message's Authentication-Results field of ours, unfolded."""
    stored = body_of(server, msg_id).decode()
    header = stored.split("\r\n\r\n", 1)[0]
    fields = header.replace("\r\n\t", " ").replace("\r\n ", " ").split("\r\n")
    found = [f for f in fields if f.lower().startswith("authentication-results: mail.primary.test")]
    assert len(found) == 1, fields
    return found[0]


@pytest.mark.parametrize("record, expected", [
    ("v=spf1 ip4:127.0.0.1 -all", "pass"),
    ("v=spf1 ip4:10.9.9.9 -all", "fail"),
    ("v=spf1 ip4:10.9.9.9 ~all", "softfail"),
    ("v=spf1 ?all", "neutral"),
    (None, "none"),
    ("v=spf1 ip4:127.0.0.1 include: -all", "permerror"),
    ("SERVFAIL", "temperror"),
    ("TIMEOUT", "temperror"),  # no answer at all: the resolver gives up (2 tries of 5 s)
])
def test_spf_of_the_mail_from_domain(checking, dns, record, expected):
    w = setup_domain(checking)
    domain = f"spf{uuid.uuid4().hex[:8]}.example"
    if record == "SERVFAIL":
        dns.failing.add(domain)
    elif record == "TIMEOUT":
        dns.silent.add(domain)
    elif record:
        dns.add(domain, "TXT", record)
    dns.add(HELO, "TXT", "v=spf1 ip4:127.0.0.1 -all")
    msg_id, content = message(sender=f"someone@{domain}")
    # Whatever SPF says, policy by default accepts (only DMARC reject refuses).
    assert send(checking, f"someone@{domain}", [f"alice@{w['name']}"], content) is None
    found = verdict(checking, msg_id)
    assert found["spf"] == {"result": expected, "domain": domain}, found
    assert found["spfHelo"] == {"result": "pass", "domain": HELO}, found
    header = results_header(checking, msg_id)
    assert header.startswith("Authentication-Results: mail.primary.test;"), header
    assert f"spf={expected}" in header and f"smtp.mailfrom={domain}" in header.replace('"', "").replace("someone@", ""), header
    stored = body_of(checking, msg_id).decode()
    assert stored.startswith("Authentication-Results:") and "Received-SPF: " + expected in stored


def rsa_key(tmp_path):
    """An RSA-2048 key pair: the PEM private key and the base64 public key for DNS."""
    pem = subprocess.run(["openssl", "genrsa", "-traditional", "2048"], check=True, capture_output=True).stdout
    public = subprocess.run(["openssl", "rsa", "-pubout", "-outform", "DER"], input=pem, check=True, capture_output=True).stdout
    return pem, base64.b64encode(public).decode()


def test_dkim_rsa_and_ed25519_signatures_and_a_changed_body(checking, dns, tmp_path):
    w = setup_domain(checking)
    signer = f"dkim{uuid.uuid4().hex[:8]}.example"
    pem, rsa_public = rsa_key(tmp_path)
    dns.add(f"rsa._domainkey.{signer}", "TXT", f"v=DKIM1; k=rsa; p={rsa_public}")
    ed = nacl.signing.SigningKey.generate()
    dns.add(f"ed._domainkey.{signer}", "TXT", f"v=DKIM1; k=ed25519; p={base64.b64encode(bytes(ed.verify_key)).decode()}")
    headers = [b"from", b"to", b"subject", b"message-id"]

    msg_id, content = message(sender=f"news@{signer}")
    signed = (dkim.sign(content, b"rsa", signer.encode(), pem, include_headers=headers)
              + dkim.sign(content, b"ed", signer.encode(), base64.b64encode(bytes(ed)),
                          signature_algorithm=b"ed25519-sha256", include_headers=headers)
              + content)
    assert send(checking, f"news@{signer}", [f"alice@{w['name']}"], signed) is None
    found = verdict(checking, msg_id)
    assert sorted((d["selector"], d["result"], d["domain"]) for d in found["dkim"]) == [
        ("ed", "pass", signer), ("rsa", "pass", signer)], found
    header = results_header(checking, msg_id)
    assert header.count("dkim=pass") == 2 and f"header.i=@{signer}" in header, header

    # The same signature over a body changed on the way fails.
    msg_id, content = message(sender=f"news@{signer}", body="Original.\r\n")
    signature = dkim.sign(content, b"rsa", signer.encode(), pem, include_headers=headers)
    tampered = signature + content.replace(b"Original.", b"Changed!!")
    assert send(checking, f"news@{signer}", [f"alice@{w['name']}"], tampered) is None
    found = verdict(checking, msg_id)
    assert [d["result"] for d in found["dkim"]] == ["fail"], found
    assert "dkim=fail" in results_header(checking, msg_id)


def test_dmarc_by_spf_or_dkim_alignment_and_a_reject_policy(checking, dns, tmp_path):
    w = setup_domain(checking)
    to = [f"alice@{w['name']}"]
    owner = f"brand{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{owner}", "TXT", "v=DMARC1; p=reject")
    dns.add(owner, "TXT", "v=spf1 ip4:127.0.0.1 -all")
    pem, rsa_public = rsa_key(tmp_path)
    dns.add(f"s1._domainkey.{owner}", "TXT", f"v=DKIM1; k=rsa; p={rsa_public}")

    # SPF alone aligns: MAIL FROM and From in the same domain, no signature.
    by_spf, content = message(sender=f"info@{owner}")
    assert send(checking, f"info@{owner}", to, content) is None
    found = verdict(checking, by_spf)
    assert found["dmarc"] == {"result": "pass", "domain": owner, "policy": "reject", "requested": "none"}, found
    assert "dmarc=pass" in results_header(checking, by_spf)
    assert folders_of(checking, by_spf) == ["inbox"]

    # DKIM alone aligns: the envelope is a mailing service's, the signature the brand's.
    by_dkim, content = message(sender=f"info@{owner}")
    signed = dkim.sign(content, b"s1", owner.encode(), pem, include_headers=[b"from", b"subject"]) + content
    assert send(checking, "bounce@esp.example", to, signed) is None
    found = verdict(checking, by_dkim)
    assert found["spf"]["result"] == "none" and found["dkim"][0]["result"] == "pass"
    assert found["dmarc"]["result"] == "pass", found
    header = results_header(checking, by_dkim)
    assert f"dkim=pass header.i=@{owner}" in header and "dmarc=pass" in header and "spf=none" in header, header

    # Neither: a forgery of the brand, refused as its policy asks, and nothing stored.
    forged, content = message(sender=f"ceo@{owner}")
    refused = send(checking, "ceo@elsewhere.example", to, content)
    assert refused is not None and refused[0] == 550 and refused[1].startswith("5.7.1") and owner in refused[1], refused
    assert copies(checking, forged) == 0

    # A quarantine policy lets it in, to Junk, with the verdict saying what was asked.
    soft = f"soft{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{soft}", "TXT", "v=DMARC1; p=quarantine")
    kept, content = message(sender=f"ceo@{soft}")
    assert send(checking, "ceo@elsewhere.example", to, content) is None
    found = verdict(checking, kept)
    assert found["dmarc"] == {"result": "fail", "domain": soft, "policy": "quarantine", "requested": "quarantine"}, found
    assert "dmarc=fail" in results_header(checking, kept)
    assert folders_of(checking, kept) == ["junk"]
    # Which the user sees as the Junk folder over IMAP, the message in it.
    imap = imaplib.IMAP4("127.0.0.1", checking.imap_port)
    imap.starttls(ssl_context=ssl._create_unverified_context())
    imap.login(f"alice@{w['name']}", "Passw0rd-x")
    typ, data = imap.select('"Junk E-mail"', readonly=True)
    assert typ == "OK" and int(data[0]) == 1, data
    typ, data = imap.fetch("1", "(BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
    assert kept.encode() in data[0][1]
    imap.logout()

    # Garbage tags in a record: no policy to apply, the message is accepted.
    junk = f"junk{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{junk}", "TXT", "v=DMARC1; p=bogus; zz==;;")
    odd, content = message(sender=f"x@{junk}")
    assert send(checking, "x@elsewhere.example", to, content) is None
    found = verdict(checking, odd)["dmarc"]
    assert found["requested"] == "none" and found["result"] == "permerror", found


def test_dmarc_subdomain_policies_and_strict_alignment(checking, dns):
    """DMARC for a subdomain without a record of its own takes the organisational domain's
    `sp` (and `np` for a name that does not exist, RFC 9091); `aspf=s` wants MAIL FROM and
    From to be the same name, where relaxed alignment takes any name of the organisation."""
    w = setup_domain(checking)
    to = [f"alice@{w['name']}"]
    org = f"org{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{org}", "TXT", "v=DMARC1; p=none; sp=reject; np=quarantine")
    dns.add(f"news.{org}", "A", "127.0.0.9")
    # From a subdomain that exists: sp=reject.
    forged, content = message(sender=f"x@news.{org}")
    refused = send(checking, "x@elsewhere.example", to, content)
    assert refused is not None and refused[0] == 550 and refused[1].startswith("5.7.1"), refused
    # From a name that does not exist: np=quarantine, to Junk.
    kept, content = message(sender=f"x@ghost.{org}")
    assert send(checking, "x@elsewhere.example", to, content) is None
    found = verdict(checking, kept)
    assert found["dmarc"]["requested"] == "quarantine" and folders_of(checking, kept) == ["junk"], found
    # The organisation itself: p=none.
    plain, content = message(sender=f"x@{org}")
    assert send(checking, "x@elsewhere.example", to, content) is None
    assert verdict(checking, plain)["dmarc"] == {"result": "fail", "domain": org, "policy": "none", "requested": "none"}

    # Alignment: SPF passes for bounces.<brand>, the From is <brand>.
    for mode, expected in (("r", "pass"), ("s", "fail")):
        brand = f"brand{mode}{uuid.uuid4().hex[:8]}.example"
        dns.add(f"_dmarc.{brand}", "TXT", f"v=DMARC1; p=quarantine; aspf={mode}")
        dns.add(f"bounces.{brand}", "TXT", "v=spf1 ip4:127.0.0.1 -all")
        msg_id, content = message(sender=f"news@{brand}")
        assert send(checking, f"b@bounces.{brand}", to, content) is None
        found = verdict(checking, msg_id)
        assert found["spf"]["result"] == "pass" and found["dmarc"]["result"] == expected, (mode, found)


def test_a_forged_verdict_claiming_our_name_is_removed(checking, dns):
    w = setup_domain(checking)
    forged = ("Authentication-Results: mail.primary.test; dkim=pass header.d=bank.example; dmarc=pass\r\n"
              "Authentication-Results: other.example; spf=pass\r\n")
    msg_id, content = message(sender="someone@nowhere.example", extra=forged)
    assert send(checking, "someone@nowhere.example", [f"alice@{w['name']}"], content) is None
    stored = body_of(checking, msg_id).decode()
    ours = [line for line in stored.split("\r\n") if line.lower().startswith("authentication-results: mail.primary.test")]
    assert len(ours) == 1 and "header.d=bank.example" not in stored, stored
    # The stored verdict is what was found, not what the forged field claimed.
    found = verdict(checking, msg_id)
    assert found["dkim"] == [] and found["dmarc"]["result"] != "pass", found
    assert "Authentication-Results: other.example; spf=pass" in stored, "another server's verdict stays"


def test_users_submissions_are_not_checked(checking, dns):
    from test_submission import submit
    w = setup_domain(checking)
    msg_id, content = message(sender=f"alice@{w['name']}")
    client = submit(checking, f"alice@{w['name']}", "Passw0rd-x")
    assert client.sendmail(f"alice@{w['name']}", [f"bob@{w['name']}"], content) == {}
    client.quit()
    assert copies(checking, msg_id) == 1
    assert psql(f"SELECT summary->'authentication' IS NULL FROM message_contents WHERE summary->>'messageId' = '{msg_id}'",
                checking.db) == "t"
    assert b"Authentication-Results" not in body_of(checking, msg_id)


def test_spf_records_that_loop_or_need_too_many_lookups_are_permerrors(checking, dns):
    """RFC 7208 section 4.6.4: at most 10 DNS-querying terms; a record that includes itself
    never ends. Both are permerror, and the message is still accepted."""
    w = setup_domain(checking)
    wide = f"wide{uuid.uuid4().hex[:8]}.example"
    parts = [f"p{i}.{wide}" for i in range(11)]
    for part in parts:
        dns.add(part, "TXT", "v=spf1 -all")
    dns.add(wide, "TXT", "v=spf1 " + " ".join(f"include:{p}" for p in parts) + " -all")
    loop = f"loop{uuid.uuid4().hex[:8]}.example"
    dns.add(loop, "TXT", f"v=spf1 include:{loop} -all")
    for domain in (wide, loop):
        msg_id, content = message(sender=f"x@{domain}")
        assert send(checking, f"x@{domain}", [f"alice@{w['name']}"], content) is None
        assert verdict(checking, msg_id)["spf"]["result"] == "permerror", domain


def test_an_arc_sealed_message_from_a_forwarder(checking, dns, tmp_path):
    """A list server re-sends a message (its DKIM signature broken by a subject tag) and seals
    what it saw with ARC (RFC 8617); the chain validates here."""
    w = setup_domain(checking)
    forwarder = f"lists{uuid.uuid4().hex[:8]}.example"
    pem, public = rsa_key(tmp_path)
    dns.add(f"arc._domainkey.{forwarder}", "TXT", f"v=DKIM1; k=rsa; p={public}")
    msg_id, content = message(sender="someone@origin.example", subject="[list] hello")
    seen = f"Authentication-Results: {forwarder}; dkim=pass header.d=origin.example; spf=pass smtp.mailfrom=origin.example\r\n".encode()
    sealed = seen + content
    arc_headers = dkim.arc_sign(sealed, b"arc", forwarder.encode(), pem, forwarder.encode())
    assert arc_headers, "dkimpy sealed the message"
    assert send(checking, f"bounces@{forwarder}", [f"alice@{w['name']}"], b"".join(arc_headers) + sealed) is None
    assert verdict(checking, msg_id)["arc"] == "pass"
    assert "arc=pass" in results_header(checking, msg_id)


def test_quarantined_mail_reaches_the_inbox_when_junk_cannot_be_made(checking, dns):
    """An account without a special-use Junk folder whose name a plain folder holds (as one
    imported from another server may be; IMAP itself never lets the Junk folder go):
    quarantined mail is still delivered, to the Inbox."""
    w = setup_domain(checking)
    psql(f"INSERT INTO folders (id, account_id, name, uid_validity) SELECT gen_random_uuid(), id, 'Junk E-mail', 1 "
         f"FROM accounts WHERE login = 'bob' AND domain_id = '{w['domain']['id']}'", checking.db)
    soft = f"soft{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{soft}", "TXT", "v=DMARC1; p=quarantine")
    kept, content = message(sender=f"ceo@{soft}")
    assert send(checking, "ceo@elsewhere.example", [f"bob@{w['name']}"], content) is None
    assert folders_of(checking, kept) == ["inbox"]


def test_the_mail_auth_settings_decide_what_a_failure_means(checking, dns, tmp_path):
    """Each check's failure does what the settings say (REST and JSON-RPC set them alike):
    refuse with the check's own code, file in Junk, tag the subject; checks can be off, or
    skipped for an exempt IP group."""
    w = setup_domain(checking)
    admin = w["admin"]
    to = [f"alice@{w['name']}"]
    settings = admin.ok("GET", "/settings/mail-auth")
    assert (settings["verifyIncoming"], settings["dmarcRejectAction"], settings["dmarcQuarantineAction"],
            settings["spfFailAction"], settings["dkimFailAction"]) == (True, "reject", "junk", "accept", "accept")
    strict = f"strict{uuid.uuid4().hex[:8]}.example"
    dns.add(strict, "TXT", "v=spf1 ip4:10.9.9.9 -all")
    dns.add(f"_dmarc.{strict}", "TXT", "v=DMARC1; p=quarantine")

    # SPF fail refused with its own code (RFC 7372), set over JSON-RPC.
    rpc = checking.rpc()
    rpc.ok("MailAuth.set", {"settings": {**settings, "spfFailAction": "reject"}})
    assert rpc.ok("MailAuth.get")["spfFailAction"] == "reject"
    msg_id, content = message(sender=f"x@{strict}")
    refused = send(checking, f"x@{strict}", to, content)
    assert refused is not None and refused[0] == 550 and refused[1].startswith("5.7.23"), refused
    assert copies(checking, msg_id) == 0

    # A DKIM signature broken by a changed body, refused with 5.7.20 (RFC 7372).
    signer = f"signer{uuid.uuid4().hex[:8]}.example"
    pem, public = rsa_key(tmp_path)
    dns.add(f"s1._domainkey.{signer}", "TXT", f"v=DKIM1; k=rsa; p={public}")
    rpc.ok("MailAuth.set", {"settings": {**settings, "dkimFailAction": "reject"}})
    msg_id, content = message(sender=f"x@{signer}")
    signed = dkim.sign(content, b"s1", signer.encode(), pem, include_headers=[b"from", b"subject"]) + content
    refused = send(checking, f"x@{signer}", to, signed.replace(b"Hello.", b"Hullo."))
    assert refused is not None and refused[0] == 550 and refused[1].startswith("5.7.20"), refused
    assert copies(checking, msg_id) == 0
    assert send(checking, f"x@{signer}", to, signed) is None, "intact, it passes"

    # DMARC quarantine as a tagged subject in the Inbox instead of Junk.
    admin.ok("PUT", "/settings/mail-auth", {**settings, "dmarcQuarantineAction": "tagSubject", "subjectTag": "[FORGED?] "})
    msg_id, content = message(sender=f"x@{strict}", subject="pay this")
    assert send(checking, f"x@{strict}", to, content) is None
    assert folders_of(checking, msg_id) == ["inbox"]
    assert b"\r\nSubject: [FORGED?] pay this\r\n" in body_of(checking, msg_id)

    # DMARC quarantine held in the quarantine itself: accepted, delivered to nobody, listed
    # for the recipient domain with what failed, and released to the Inbox by an admin.
    admin.ok("PUT", "/settings/mail-auth", {**settings, "dmarcQuarantineAction": "quarantine"})
    msg_id, content = message(sender=f"x@{strict}", subject="held for review")
    assert send(checking, f"x@{strict}", to, content) is None
    assert copies(checking, msg_id) == 0
    held = [e for e in admin.ok("GET", "/quarantine")["items"] if e["subject"] == "held for review"]
    assert len(held) == 1 and held[0]["reason"] == "unauthenticated", held
    assert held[0]["tests"] == ["DMARC_QUARANTINE"] and held[0]["domainId"] == w["domain"]["id"], held
    admin.ok("POST", f"/quarantine/{held[0]['id']}/release")
    assert folders_of(checking, msg_id) == ["inbox"]
    assert b"dmarc=fail" in body_of(checking, msg_id), "released with the verdict it was held under"
    # The content filter judges it first: spam is refused as spam, not held for review.
    from test_spam_filter import GTUBE
    msg_id, content = message(sender=f"x@{strict}", subject="spam as well", body=f"{GTUBE}\r\n")
    refused = send(checking, f"x@{strict}", to, content)
    assert refused is not None and refused[0] == 550 and "spam" in refused[1].lower(), refused
    assert not [e for e in admin.ok("GET", "/quarantine")["items"] if e["subject"] == "spam as well"]

    # Checks off: no verdict, no header, the policy unasked; a verdict forged in our name is
    # still removed.
    admin.ok("PUT", "/settings/mail-auth", {**settings, "verifyIncoming": False})
    msg_id, content = message(sender=f"x@{strict}", extra="Authentication-Results: mail.primary.test; dmarc=pass\r\n")
    assert send(checking, f"x@{strict}", to, content) is None
    assert verdict(checking, msg_id) is None
    assert b"Authentication-Results" not in body_of(checking, msg_id)

    # An exempt group (a backup MX, a gateway): not checked.
    group = admin.ok("POST", "/ip-groups", {"name": "Gateways", "entries": [{"value": "127.0.0.0/8"}]})
    admin.ok("PUT", "/settings/mail-auth", {**settings, "exemptGroupId": group["id"], "spfFailAction": "reject"})
    msg_id, content = message(sender=f"x@{strict}")
    assert send(checking, f"x@{strict}", to, content) is None
    assert verdict(checking, msg_id) is None

    # Bad values are named.
    r = admin.put("/settings/mail-auth", {**settings, "retiredKeyDays": 400})
    assert r.status_code == 422 and r.json()["field"] == "retiredKeyDays", r.text
    r = admin.put("/settings/mail-auth", {**settings, "trustedArcSealers": ["not a name"]})
    assert r.status_code == 422 and r.json()["field"] == "trustedArcSealers", r.text
    r = admin.put("/settings/mail-auth", {**settings, "spfFailAction": "explode"})
    assert r.status_code == 422, r.text


def test_a_trusted_forwarders_arc_chain_forgives_a_broken_dmarc(checking, dns, tmp_path):
    """A mailing list re-sends a message from a domain with p=reject: its DKIM signature is
    broken and the envelope is the list's, so DMARC fails. With the list's ARC seal trusted
    the message is accepted; from a forwarder that is not trusted it is refused."""
    w = setup_domain(checking)
    admin = w["admin"]
    to = [f"alice@{w['name']}"]
    origin = f"bank{uuid.uuid4().hex[:8]}.example"
    dns.add(f"_dmarc.{origin}", "TXT", "v=DMARC1; p=reject")
    forwarder = f"lists{uuid.uuid4().hex[:8]}.example"
    pem, public = rsa_key(tmp_path)
    dns.add(f"arc._domainkey.{forwarder}", "TXT", f"v=DKIM1; k=rsa; p={public}")

    def through_the_list(saw="pass"):
        msg_id, content = message(sender=f"news@{origin}", subject="[list] statement")
        seen = (f"Authentication-Results: {forwarder}; dkim={saw} header.d={origin}; "
                f"spf={saw} smtp.mailfrom={origin}; dmarc={saw} header.from={origin}\r\n").encode()
        sealed = seen + content
        arc = dkim.arc_sign(sealed, b"arc", forwarder.encode(), pem, forwarder.encode())
        return msg_id, b"".join(arc) + sealed

    msg_id, content = through_the_list()
    refused = send(checking, f"bounces@{forwarder}", to, content)
    assert refused is not None and refused[0] == 550 and origin in refused[1], "untrusted: the policy applies"
    settings = admin.ok("GET", "/settings/mail-auth")
    admin.ok("PUT", "/settings/mail-auth", {**settings, "trustedArcSealers": [forwarder.upper()]})
    assert admin.ok("GET", "/settings/mail-auth")["trustedArcSealers"] == [forwarder], "names are normalised"
    msg_id, content = through_the_list()
    assert send(checking, f"bounces@{forwarder}", to, content) is None
    found = verdict(checking, msg_id)
    assert found["arc"] == "pass" and found["arcSealer"] == forwarder and found["dmarc"]["result"] == "fail", found
    assert found["arcSealerDmarc"] == "pass"
    assert folders_of(checking, msg_id) == ["inbox"]
    header = results_header(checking, msg_id)
    assert "arc=pass" in header and "dmarc=fail" in header, header
    # A trusted forwarder that passes on a forgery it saw fail vouches for nothing.
    msg_id, content = through_the_list(saw="fail")
    refused = send(checking, f"bounces@{forwarder}", to, content)
    assert refused is not None and refused[0] == 550 and origin in refused[1], refused

    # Trusted by one domain alone: its mail is forgiven, another domain's is not.
    admin.ok("PUT", "/settings/mail-auth", {**settings, "trustedArcSealers": []})
    admin.ok("PUT", f"/domains/{w['domain']['id']}/mail-auth-policy", {"trustedArcSealers": [forwarder]})
    msg_id, content = through_the_list()
    assert send(checking, f"bounces@{forwarder}", to, content) is None
    assert folders_of(checking, msg_id) == ["inbox"]
    elsewhere = setup_domain(checking)
    msg_id, content = through_the_list()
    refused = send(checking, f"bounces@{forwarder}", [f"alice@{elsewhere['name']}"], content)
    assert refused is not None and refused[0] == 550 and origin in refused[1], refused


def test_malformed_signatures_and_a_huge_record_are_answered_not_fatal(checking, dns):
    """Bad input from senders and their DNS: a DKIM-Signature that cannot be read is a
    permerror for that signature, a 60 KB TXT record (more than UDP carries: the resolver asks
    again over TCP) that is no valid SPF is a permerror; neither fails the session, and
    policy (which accepts these by default) decides, not the parser."""
    w = setup_domain(checking)
    to = [f"alice@{w['name']}"]
    msg_id, content = message(extra="DKIM-Signature: v=1; a=rsa-sha256; d=; s=; bh=!!!; b=@@@; h=from\r\n")
    assert send(checking, "someone@sender.example", to, content) is None
    found = verdict(checking, msg_id)
    assert [d["result"] for d in found["dkim"]] == ["permerror"], found
    assert "dkim=permerror" in results_header(checking, msg_id)
    # Signatures the parser knows but refuses (a body length, l=, which would let anything
    # be appended; an unknown version) are each one permerror, not also a neutral.
    msg_id, content = message(extra=(
        "DKIM-Signature: v=1; a=rsa-sha256; d=sender.example; s=sel; c=relaxed/relaxed; l=5; h=from; bh=AAAA; b=AAAA\r\n"
        "DKIM-Signature: v=9; a=rsa-sha256; d=sender.example; s=sel; h=from; bh=AAAA; b=AAAA\r\n"))
    assert send(checking, "someone@sender.example", to, content) is None
    found = verdict(checking, msg_id)
    assert [d["result"] for d in found["dkim"]] == ["permerror", "permerror"], found
    assert results_header(checking, msg_id).count("dkim=") == 2, results_header(checking, msg_id)

    huge = f"huge{uuid.uuid4().hex[:8]}.example"
    # About 60 KB of valid mechanisms, then a syntax error at the very end: found only by
    # reading the whole record.
    mechanisms = " ".join(f"ip4:10.{i // 250}.{i % 250}.1" for i in range(4000))
    dns.add(huge, "TXT", f"v=spf1 {mechanisms} include -all")
    assert len(mechanisms) > 55_000
    msg_id, content = message(sender=f"x@{huge}")
    assert send(checking, f"x@{huge}", to, content) is None
    assert verdict(checking, msg_id)["spf"]["result"] == "permerror"
    # The session and the server are fine afterwards.
    msg_id, content = message()
    assert send(checking, "someone@sender.example", to, content) is None
    assert copies(checking, msg_id) == 1


def test_a_domain_answers_failed_checks_its_own_way(checking, dns):
    """A domain's policy over the server's settings, set by its own domain admin: it applies
    to mail for that domain alone; mail also for a domain without one follows the server's."""
    w = setup_domain(checking)
    other = setup_domain(checking)
    admin = w["admin"]
    admin.ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = checking.login(f"clerk@{w['name']}", "Cl3rk-pass-123")
    path = f"/domains/{w['domain']['id']}/mail-auth-policy"
    assert clerk.ok("GET", path) == {"dmarcRejectAction": None, "dmarcQuarantineAction": None, "spfFailAction": None,
                                     "dkimFailAction": None, "trustedArcSealers": []}
    saved = clerk.ok("PUT", path, {"spfFailAction": "reject"})
    assert saved["spfFailAction"] == "reject"
    assert clerk.get(f"/domains/{other['domain']['id']}/mail-auth-policy").status_code == 404
    assert clerk.put(f"/domains/{other['domain']['id']}/mail-auth-policy", {"spfFailAction": "accept"}).status_code == 404
    bad = clerk.put(path, {"spfFailAction": "reject", "trustedArcSealers": ["not a name"]})
    assert bad.status_code == 422 and bad.json()["field"] == "trustedArcSealers"

    liar = f"liar{uuid.uuid4().hex[:8]}.example"
    dns.add(liar, "TXT", "v=spf1 ip4:10.9.9.9 -all")
    msg_id, content = message(sender=f"x@{liar}")
    refused = send(checking, f"x@{liar}", [f"alice@{w['name']}", f"bob@{w['name']}"], content)
    assert refused is not None and refused[0] == 550 and refused[1].startswith("5.7.23"), refused
    # Also for a domain that follows the server's settings (SPF failures accepted): accepted.
    msg_id, content = message(sender=f"x@{liar}")
    assert send(checking, f"x@{liar}", [f"alice@{w['name']}", f"alice@{other['name']}"], content) is None
    assert copies(checking, msg_id) == 2
    # The same over JSON-RPC.
    rpc = checking.rpc()
    assert rpc.ok("MailAuth.getDomainPolicy", {"domainId": w["domain"]["id"]})["spfFailAction"] == "reject"
    rpc.ok("MailAuth.setDomainPolicy", {"domainId": w["domain"]["id"], "policy": {}})
    msg_id, content = message(sender=f"x@{liar}")
    assert send(checking, f"x@{liar}", [f"alice@{w['name']}"], content) is None


def test_the_checks_weigh_in_the_spam_score(checking, dns):
    """Issue 18: SPF, DKIM and DMARC results are score inputs of the spam filter, with weights
    in the spam settings: by default they stay under the tag score (SPF fail 1, DMARC fail 2),
    what a failure means being the mail-auth settings' to say; weighed more, they tag."""
    w = setup_domain(checking)
    admin = w["admin"]
    to = [f"alice@{w['name']}"]
    failing = f"weigh{uuid.uuid4().hex[:8]}.example"
    dns.add(failing, "TXT", "v=spf1 ip4:10.9.9.9 -all")
    dns.add(f"_dmarc.{failing}", "TXT", "v=DMARC1; p=none")
    dns.add(HELO, "TXT", "v=spf1 ip4:127.0.0.1 -all")

    def spam_status():
        msg_id, content = message(sender=f"x@{failing}")
        assert send(checking, f"x@{failing}", to, content) is None
        stored = body_of(checking, msg_id).decode()
        return msg_id, next(line for line in stored.split("\r\n") if line.startswith("X-Spam-Status:"))

    msg_id, status = spam_status()
    assert status.startswith("X-Spam-Status: No, score=3.0") and "SPF_FAIL" in status and "DMARC_FAIL" in status, status
    assert folders_of(checking, msg_id) == ["inbox"]
    settings = admin.ok("GET", "/settings/spam")
    admin.ok("PUT", "/settings/spam", {**settings, "dmarcFailScore": 4})
    msg_id, status = spam_status()
    assert status.startswith("X-Spam-Status: Yes, score=5.0"), status
    assert folders_of(checking, msg_id) == ["junk"]
    # Weighed at nothing, they are not scored.
    admin.ok("PUT", "/settings/spam", {**settings, "spfFailScore": 0, "dmarcFailScore": 0})
    _, status = spam_status()
    assert status == "X-Spam-Status: No, score=0.0 required=5.0 tests=none", status
    bad = admin.put("/settings/spam", json={**settings, "dmarcPassScore": -11})
    assert bad.status_code == 422 and bad.json()["field"] == "dmarcPassScore", bad.text


def test_a_sender_domain_that_proved_itself_skips_greylisting(checking, dns):
    """Issue 18: once a message from a domain passed SPF (for that envelope sender domain) and
    DMARC from a network, that domain's new triplets from there skip greylisting; a domain
    that has not proved itself is still greylisted."""
    from helpers import wait_until
    from test_spam_filter import rcpt_reply
    w = setup_domain(checking)
    admin = w["admin"]
    alice, bob = f"alice@{w['name']}", f"bob@{w['name']}"
    settings = admin.ok("GET", "/settings/spam")
    admin.ok("PUT", "/settings/spam", {**settings, "greylistingEnabled": True, "greylistingDelaySeconds": 1})
    good = f"good{uuid.uuid4().hex[:8]}.example"
    dns.add(good, "TXT", "v=spf1 ip4:127.0.0.1 -all")
    dns.add(f"_dmarc.{good}", "TXT", "v=DMARC1; p=reject")
    dns.add(HELO, "TXT", "v=spf1 ip4:127.0.0.1 -all")
    unproven = f"plain{uuid.uuid4().hex[:8]}.example"
    # The first message is greylisted like any other, then retried and accepted: it proves
    # its domain.
    assert rcpt_reply(checking, f"news@{good}", alice)[0] == 451
    wait_until(lambda: rcpt_reply(checking, f"news@{good}", alice)[0] == 250, timeout=30, interval=0.5,
               what="the triplet to pass after the delay")
    msg_id, content = message(sender=f"news@{good}")
    assert send(checking, f"news@{good}", [alice], content) is None
    assert verdict(checking, msg_id)["dmarc"]["result"] == "pass"
    # New triplets of that domain pass at once; those of another domain do not.
    assert rcpt_reply(checking, f"offers@{good}", bob)[0] == 250
    assert rcpt_reply(checking, f"news@{unproven}", bob)[0] == 451
    stored = psql("SELECT network, domain FROM greylist_proven_senders", checking.db)
    assert stored == f"127.0.0.0/24|{good}", stored
