"""Client access (issue 24): app passwords and bearer tokens on the mail protocols, with real
clients (imaplib, smtplib; POP3 through raw AUTH commands), a second factor at the API's login,
and one-time login links.

- An app password opens only the protocols it names; revoked, it fails at once; its last use
  (time and address) shows in the list. An account set to take app passwords only refuses its
  main password on IMAP but not on the API.
- A token the API issued opens IMAP, POP3 and SMTP submission through SASL OAUTHBEARER and
  XOAUTH2; a wrong, revoked or foreign one gets the RFC 7628 error challenge and then fails;
  a token for one account never opens another.
- TOTP: enrolment and confirmation, a login refused without the code, accepted with it, a
  reused code refused, a recovery code taken once; a tenant's policy gives an administrator
  without a factor a self-service session only.
- A login link opens a session once."""

import base64
import hashlib
import hmac
import imaplib
import json
import smtplib
import socket
import struct
import time

import pytest
import requests

from conftest import APPLICATION, psql
from test_imap import PASSWORD, TLS, imap
from test_smtp import message, setup_domain


def bearer_message(mechanism, user, token):
    """The client's message of SASL OAUTHBEARER (RFC 7628 §3.1) or XOAUTH2."""
    if mechanism == "OAUTHBEARER":
        authzid = f"a={user}" if user else ""
        return f"n,{authzid},\x01host=127.0.0.1\x01port=143\x01auth=Bearer {token}\x01\x01"
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def imap_bearer(server, mechanism, user, token):
    """AUTHENTICATE with imaplib; the challenges the server sent (after the first)."""
    client = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=30)
    client.starttls(ssl_context=TLS)
    challenges = []

    def answer(challenge):
        if challenge:
            challenges.append(challenge)
            return b""  # the dummy answer to an error challenge
        return bearer_message(mechanism, user, token).encode()

    try:
        typ, _ = client.authenticate(mechanism, answer)
        return client, typ, challenges
    except imaplib.IMAP4.error as e:
        client.shutdown()
        return None, str(e), challenges


def smtp_bearer(server, mechanism, user, token):
    client = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    client.ehlo("webmail.example")
    client.starttls(context=TLS)
    client.ehlo("webmail.example")
    challenges = []

    def answer(challenge=None):
        if challenge:
            challenges.append(challenge)
            return ""
        return bearer_message(mechanism, user, token)

    try:
        client.auth(mechanism, answer, initial_response_ok=True)
        return client, 235, challenges
    except smtplib.SMTPAuthenticationError as e:
        client.close()
        return None, e.smtp_code, challenges


class Pop3Raw:
    """POP3 over STLS with raw AUTH lines (poplib has no SASL)."""

    def __init__(self, server):
        sock = socket.create_connection(("127.0.0.1", server.pop3_port), timeout=30)
        self.file = sock.makefile("rb")
        assert self.line().startswith("+OK")
        sock.sendall(b"STLS\r\n")
        assert self.line().startswith("+OK")
        self.sock = TLS.wrap_socket(sock, server_hostname="localhost")
        self.file = self.sock.makefile("rb")

    def line(self):
        return self.file.readline().decode().rstrip("\r\n")

    def send(self, text):
        self.sock.sendall(text.encode() + b"\r\n")
        return self.line()

    def capa(self):
        assert self.send("CAPA").startswith("+OK")
        lines = []
        while (line := self.line()) != ".":
            lines.append(line)
        return lines

    def close(self):
        try:
            self.send("QUIT")
        finally:
            self.sock.close()


def b64(text):
    return base64.b64encode(text.encode()).decode()


def totp(secret, at=None, offset=0):
    """RFC 6238 (SHA-1, six digits, 30 s), as an authenticator app computes it."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int((at or time.time()) // 30) + offset
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset_byte = digest[19] & 0x0F
    code = struct.unpack(">I", digest[offset_byte:offset_byte + 4])[0] & 0x7FFFFFFF
    return f"{code % 1_000_000:06d}"


def login(server, user, password, code=None):
    body = {"userName": user, "password": password}
    if code is not None:
        body["totpCode"] = code
    return requests.post(f"{server.base}/api/v1/auth/login", json=body, timeout=30)


def test_app_passwords_open_only_their_protocols_and_stop_when_revoked(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    alice = w["alice"]["id"]
    me = server.login(f"alice@{name}", PASSWORD)
    created = me.ok("POST", f"/accounts/{alice}/app-passwords", {"name": "Phone", "protocols": ["imap", "submission"]}, status=201)
    password = created["password"]
    assert created["id"] and created["protocols"] == ["imap", "submission"] and created["lastUsedAt"] is None
    assert len(password) == 27 and password.count("-") == 3
    # The same name twice, an unknown protocol, none at all: precise refusals.
    again = me.post(f"/accounts/{alice}/app-passwords", json={"name": "Phone", "protocols": ["imap"]})
    assert again.status_code == 409 and again.json()["code"] == "already_exists", again.text
    bad = me.post(f"/accounts/{alice}/app-passwords", json={"name": "X", "protocols": ["ftp"]})
    assert bad.status_code == 422 and "protocols" in bad.json().get("field", ""), bad.text
    empty = me.post(f"/accounts/{alice}/app-passwords", json={"name": "Y", "protocols": []})
    assert empty.status_code == 422 and empty.json()["code"] == "required", empty.text

    # IMAP and submission take it; POP3 does not (not named).
    client = imap(server, f"alice@{name}", password)
    client.logout()
    smtp = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
    smtp.starttls(context=TLS)
    smtp.login(f"alice@{name}", password)
    assert smtp.sendmail(f"alice@{name}", [f"bob@{name}"], message("by app password")[1]) == {}
    smtp.quit()
    pop = Pop3Raw(server)
    assert pop.send("USER alice@" + name).startswith("+OK")
    assert pop.send("PASS " + password).startswith("-ERR [AUTH]")
    pop.close()
    # Its last use shows: time and the client's address.
    listed = me.ok("GET", f"/accounts/{alice}/app-passwords")
    assert [p["name"] for p in listed] == ["Phone"] and "password" not in listed[0]
    assert listed[0]["lastUsedAt"] and listed[0]["lastUsedIp"] == "127.0.0.1"

    # The account takes app passwords only: the main password fails on IMAP, still works on
    # the API; the app password still opens IMAP. The account may switch it on, not off.
    assert me.ok("PUT", f"/accounts/{alice}/login-policy", {"appPasswordsOnly": True}) == {"appPasswordsOnly": True}
    assert me.put(f"/accounts/{alice}/login-policy", json={"appPasswordsOnly": False}).status_code == 403
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        imap(server, f"alice@{name}", PASSWORD)
    with pytest.raises(smtplib.SMTPAuthenticationError):
        s = smtplib.SMTP("127.0.0.1", server.submission_port, timeout=30)
        s.starttls(context=TLS)
        s.login(f"alice@{name}", PASSWORD)
    assert login(server, f"alice@{name}", PASSWORD).status_code == 200
    imap(server, f"alice@{name}", password).logout()
    # Bob's main password is untouched by Alice's policy.
    imap(server, f"bob@{name}", PASSWORD).logout()

    # Retried with an Idempotency-Key, an answer holding a password is never kept for replay.
    keyed = me.post(f"/accounts/{alice}/app-passwords", json={"name": "Keyed", "protocols": ["imap"]},
                    headers={"Idempotency-Key": "k-1"})
    assert keyed.status_code == 201
    assert keyed.json()["password"].encode().hex() not in psql(
        "SELECT coalesce(string_agg(encode(response_body, 'hex'), ''), '') FROM idempotency_records", server.db)
    me.ok("DELETE", f"/accounts/{alice}/app-passwords/{keyed.json()['id']}", status=204)
    bob = server.login(f"bob@{name}", PASSWORD)
    # Revoked: fails at once.
    me.ok("DELETE", f"/accounts/{alice}/app-passwords/{created['id']}", status=204)
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        imap(server, f"alice@{name}", password)
    assert me.ok("GET", f"/accounts/{alice}/app-passwords") == []
    gone = me.delete(f"/accounts/{alice}/app-passwords/{created['id']}")
    assert gone.status_code == 404

    # Another account's app password is not Alice's: Bob cannot reach hers, nor make one for her.
    assert bob.get(f"/accounts/{alice}/app-passwords").status_code == 404
    assert bob.post(f"/accounts/{alice}/app-passwords", json={"name": "Mine", "protocols": ["imap"]}).status_code == 404
    # An app password for `api` opens the REST login of an account without a second factor;
    # only the account itself makes one (an administrator's would outlive its own rights).
    r = admin.post(f"/accounts/{w['bob']['id']}/app-passwords", json={"name": "Script", "protocols": ["api"]})
    assert r.status_code == 403, r.text
    api_pw = bob.ok("POST", f"/accounts/{w['bob']['id']}/app-passwords", {"name": "Script", "protocols": ["api"]}, status=201)
    assert login(server, f"bob@{name}", api_pw["password"]).status_code == 200
    with pytest.raises(imaplib.IMAP4.error):
        imap(server, f"bob@{name}", api_pw["password"])
    # The audit trail has each step, never a password.
    actions = psql("SELECT string_agg(action || ' ' || changes::text, E'\\n' ORDER BY id) FROM audit_events "
                   "WHERE action LIKE 'app_password.%' OR action = 'account.login_policy'", server.db)
    assert actions.count("app_password.create") == 3 and actions.count("app_password.delete") == 2 and "account.login_policy" in actions
    assert password not in actions and api_pw["password"] not in actions


@pytest.mark.parametrize("mechanism", ["OAUTHBEARER", "XOAUTH2"])
def test_bearer_tokens_open_imap_pop3_and_submission(server, mechanism):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    alice, bob = w["alice"]["id"], w["bob"]["id"]
    issued = admin.ok("POST", f"/accounts/{alice}/tokens", {"protocols": ["imap", "pop3", "submission"], "ttlSeconds": 600}, status=201)
    token = issued["accessToken"]
    assert issued["tokenType"] == "Bearer" and issued["expiresIn"] == 600 and token.startswith("pbt_")
    bobs = admin.ok("POST", f"/accounts/{bob}/tokens", {"protocols": ["imap"]}, status=201)["accessToken"]

    # IMAP: the capability is announced; the token opens Alice's mailbox.
    probe = imaplib.IMAP4("127.0.0.1", server.imap_port, timeout=30)
    probe.starttls(ssl_context=TLS)
    assert f"AUTH={mechanism}" in probe.capabilities
    probe.logout()
    client, typ, challenges = imap_bearer(server, mechanism, f"alice@{name}", token)
    assert typ == "OK" and challenges == []
    assert client.select("INBOX")[0] == "OK"
    client.logout()

    # A token for Bob never opens Alice, nor does Alice's token open Bob: the error challenge
    # (RFC 7628 §3.2.2) comes first, then the failure.
    for user, wrong in ((f"alice@{name}", bobs), (f"bob@{name}", token), (f"alice@{name}", "pbt_" + "x" * 43)):
        client, outcome, challenges = imap_bearer(server, mechanism, user, wrong)
        assert client is None and "AUTHENTICATIONFAILED" in outcome, outcome
        assert len(challenges) == 1, challenges
        error = json.loads(challenges[0])
        assert error["status"] == ("invalid_token" if mechanism == "OAUTHBEARER" else "401") and error["schemes"] == "bearer"

    # SMTP submission: sends as Alice.
    smtp, code, _ = smtp_bearer(server, mechanism, f"alice@{name}", token)
    assert code == 235
    assert smtp.sendmail(f"alice@{name}", [f"carol@{name}"], message("by token")[1]) == {}
    smtp.quit()
    _, code, challenges = smtp_bearer(server, mechanism, f"bob@{name}", token)
    assert code == 535 and len(challenges) == 1

    # POP3 through raw AUTH: initial response, then a refused one with its challenge.
    pop = Pop3Raw(server)
    assert "SASL PLAIN OAUTHBEARER XOAUTH2" in pop.capa()
    reply = pop.send(f"AUTH {mechanism} {b64(bearer_message(mechanism, f'alice@{name}', token))}")
    assert reply.startswith("+OK"), reply
    pop.close()
    pop = Pop3Raw(server)
    reply = pop.send(f"AUTH {mechanism}")
    assert reply == "+ "
    reply = pop.send(b64(bearer_message(mechanism, f"alice@{name}", bobs)))
    assert reply.startswith("+ "), reply
    assert json.loads(base64.b64decode(reply[2:]))["schemes"] == "bearer"
    assert pop.send("AQ==").startswith("-ERR [AUTH]")
    pop.close()

    # Revoked: fails at once.
    admin.ok("DELETE", f"/accounts/{alice}/tokens/{issued['id']}", status=204)
    client, outcome, _ = imap_bearer(server, mechanism, f"alice@{name}", token)
    assert client is None and "AUTHENTICATIONFAILED" in outcome
    assert [t["id"] for t in admin.ok("GET", f"/accounts/{alice}/tokens")] == []


def test_oauthbearer_without_a_user_and_scopes(server):
    w = setup_domain(server)
    admin, name = w["admin"], w["name"]
    alice = w["alice"]["id"]
    imap_only = admin.ok("POST", f"/accounts/{alice}/tokens", {"protocols": ["imap"]}, status=201)["accessToken"]
    # OAUTHBEARER may name nobody: the token says whose it is.
    client, typ, _ = imap_bearer(server, "OAUTHBEARER", None, imap_only)
    assert typ == "OK"
    client.logout()
    # Not for submission: refused there.
    _, code, _ = smtp_bearer(server, "XOAUTH2", f"alice@{name}", imap_only)
    assert code == 535
    # Tokens are for the mail protocols, a day at most.
    for protocols in (["api"], ["managesieve"]):
        r = admin.post(f"/accounts/{alice}/tokens", json={"protocols": protocols})
        assert r.status_code == 422 and r.json()["code"] == "not_allowed"
    # A domain administrator gives no one a way into a user's mailbox unless the domain lets
    # its administrators into mail (as for searching it).
    admin.ok("POST", f"/domains/{w['domain']['id']}/accounts", {"loginName": "clerk", "password": "Cl3rk-pass-123", "domainAdmin": True})
    clerk = server.login(f"clerk@{name}", "Cl3rk-pass-123")
    for path, body in ((f"/accounts/{alice}/tokens", {"protocols": ["imap"]}),
                       (f"/accounts/{alice}/app-passwords", {"name": "Clerk", "protocols": ["imap"]}),
                       (f"/accounts/{alice}/login-links", None)):
        r = clerk.post(path, json=body)
        assert r.status_code == 403, (path, r.text)
    mail = admin.ok("GET", f"/domains/{w['domain']['id']}")["mail"]
    admin.ok("PATCH", f"/domains/{w['domain']['id']}", {"mail": {**mail, "adminsMaySearchMail": True}})
    assert clerk.post(f"/accounts/{alice}/tokens", json={"protocols": ["imap"]}).status_code == 201
    r = admin.post(f"/accounts/{alice}/tokens", json={"protocols": ["imap"], "ttlSeconds": 86401})
    assert r.status_code == 422 and r.json()["field"] == "ttlSeconds"
    # A token never stands in for a password: LOGIN with it fails.
    with pytest.raises(imaplib.IMAP4.error):
        imap(server, f"alice@{name}", imap_only)
    # The stored form is a hash: the token is nowhere in the database.
    assert psql(f"SELECT count(*) FROM account_tokens WHERE token_hash = sha256('{imap_only}'::bytea)", server.db) == "1"


def test_totp_at_rest_and_json_rpc_login(server):
    w = setup_domain(server)
    name, alice = w["name"], w["alice"]["id"]
    me = server.login(f"alice@{name}", PASSWORD)
    # Only the account itself enrols.
    assert w["admin"].post(f"/accounts/{alice}/totp").status_code == 403
    enrolment = me.ok("POST", f"/accounts/{alice}/totp", status=201)
    secret = enrolment["secret"]
    assert enrolment["otpauthUri"].startswith("otpauth://totp/") and f"secret={secret}" in enrolment["otpauthUri"]
    assert enrolment["digits"] == 6 and enrolment["periodSeconds"] == 30 and enrolment["algorithm"] == "SHA1"
    # Not yet confirmed: logins are unchanged.
    assert login(server, f"alice@{name}", PASSWORD).status_code == 200
    wrong = me.post(f"/accounts/{alice}/totp/confirm", json={"code": "000000" if totp(secret) != "000000" else "111111"})
    assert wrong.status_code == 422 and wrong.json()["code"] == "totp_invalid"
    codes = me.ok("POST", f"/accounts/{alice}/totp/confirm", {"code": totp(secret)})["recoveryCodes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert me.ok("GET", f"/accounts/{alice}/totp") == {"enrolled": True, "pending": False,
                                                       "confirmedAt": me.ok("GET", f"/accounts/{alice}/totp")["confirmedAt"],
                                                       "recoveryCodesLeft": 10}
    # The seed is sealed at rest.
    sealed = psql(f"SELECT sealed_seed FROM totp_secrets WHERE account_id = '{alice}'", server.db)
    assert sealed.startswith("v1:") and secret not in sealed

    # Without the code: refused with totp_required; a wrong code: totp_invalid.
    r = login(server, f"alice@{name}", PASSWORD)
    assert r.status_code == 401 and r.json()["code"] == "totp_required", r.text
    r = login(server, f"alice@{name}", PASSWORD, "123456" if totp(secret) != "123456" else "654321")
    assert r.status_code == 401 and r.json()["code"] == "totp_invalid"
    # The mail protocols never ask for it.
    imap(server, f"alice@{name}", PASSWORD).logout()
    # A valid code: accepted once; the same code again: refused. (The confirmation took the
    # current step, so the next step's code is used, which the server takes within the drift.)
    code = totp(secret, offset=1)
    assert login(server, f"alice@{name}", PASSWORD, code).status_code == 200
    r = login(server, f"alice@{name}", PASSWORD, code)
    assert r.status_code == 401 and r.json()["code"] == "totp_invalid"
    # A recovery code: once.
    assert login(server, f"alice@{name}", PASSWORD, codes[0].upper()).status_code == 200
    assert login(server, f"alice@{name}", PASSWORD, codes[0]).json()["code"] == "totp_invalid"
    assert me.ok("GET", f"/accounts/{alice}/totp")["recoveryCodesLeft"] == 9
    # JSON-RPC's Session.login takes it the same way.
    rpc = requests.Session()
    url = f"{server.base}/admin/api/jsonrpc/"
    def rpc_login(**extra):
        body = {"jsonrpc": "2.0", "id": 1, "method": "Session.login",
                "params": {"userName": f"alice@{name}", "password": PASSWORD, "application": APPLICATION, **extra}}
        return rpc.post(url, json=body, timeout=30).json()
    assert rpc_login()["error"]["data"]["code"] == "totp_required"
    assert "token" in rpc_login(totpCode=codes[1])["result"]
    # Six-digit tries are bounded: five per 15 minutes, then every six-digit code is refused
    # for a while, even the right one (a right password in between does not clear the count);
    # a recovery code still gets the owner in.
    wrong = "999999" if totp(secret) != "999999" else "888888"
    statuses = [login(server, f"alice@{name}", PASSWORD, wrong).status_code for _ in range(6)]
    assert statuses == [401] * 5 + [429], statuses
    r = login(server, f"alice@{name}", PASSWORD, totp(secret, offset=1))
    assert r.status_code == 429 and r.json()["code"] == "locked_out", r.text
    assert login(server, f"alice@{name}", PASSWORD, codes[2]).status_code == 200
    # The account (or an administrator, for a lost phone) removes the factor; the account's
    # sessions end with it.
    w["admin"].ok("DELETE", f"/accounts/{alice}/totp", status=204)
    assert me.get(f"/accounts/{alice}/totp").status_code == 401
    assert login(server, f"alice@{name}", PASSWORD).status_code == 200
    # An app password for the API does not stand in for a second factor.
    me2 = server.login(f"alice@{name}", PASSWORD)
    enrolment = me2.ok("POST", f"/accounts/{alice}/totp", status=201)
    me2.ok("POST", f"/accounts/{alice}/totp/confirm", {"code": totp(enrolment["secret"])})
    app = me2.ok("POST", f"/accounts/{alice}/app-passwords", {"name": "api", "protocols": ["api"]}, status=201)
    r = login(server, f"alice@{name}", app["password"], totp(enrolment["secret"], offset=1))
    assert r.status_code == 401 and r.json()["code"] == "unauthenticated"


def test_a_tenant_requires_a_second_factor_of_its_admins(world):
    server, admin, a = world["server"], world["admin"], world["a"]
    reseller = a["reseller"]["id"]
    tadmin = "tadmin@a-domain.test"
    customer = a["customer"]["id"]
    tenant_admin = a["tenantAdminApi"]
    assert tenant_admin.ok("GET", f"/tenants/{customer}/login-policy") == {"adminsRequireTotp": False, "requiredAbove": False}
    # The tenant admin enrols a factor of its own first; the domain admin has none and a
    # session opened before the rule.
    enrolment = tenant_admin.ok("POST", f"/accounts/{a['tadmin']['id']}/totp", status=201)
    tenant_admin.ok("POST", f"/accounts/{a['tadmin']['id']}/totp/confirm", {"code": totp(enrolment["secret"])})
    before = login(server, "dadmin@a-domain.test", "Dadm1n-pass").json()
    assert before["selfServiceOnly"] is False
    # The server admin requires it of the reseller's admins.
    assert admin.ok("PUT", f"/tenants/{reseller}/login-policy", {"adminsRequireTotp": True}) == \
        {"adminsRequireTotp": True, "requiredAbove": False}
    assert tenant_admin.ok("GET", f"/tenants/{customer}/login-policy") == {"adminsRequireTotp": False, "requiredAbove": True}
    # The reseller's own admin may make its own tenant stricter, not lift the rule.
    r = tenant_admin.put(f"/tenants/{reseller}/login-policy", json={"adminsRequireTotp": False})
    assert r.status_code == 403, r.text
    assert tenant_admin.ok("PUT", f"/tenants/{reseller}/login-policy", {"adminsRequireTotp": True})["adminsRequireTotp"] is True
    # The domain admin's older session (no factor) ended: it cannot go on by refreshing.
    r = requests.post(f"{server.base}/api/v1/auth/refresh", json={"refreshToken": before["refreshToken"]}, timeout=30)
    assert r.status_code == 401, r.text
    assert requests.get(f"{server.base}/api/v1/auth/me", headers={"Authorization": f"Bearer {before['accessToken']}"},
                        timeout=30).status_code == 401
    # The domain admin (below the reseller) without a factor: a self-service session only.
    r = login(server, "dadmin@a-domain.test", "Dadm1n-pass")
    assert r.status_code == 200 and r.json()["selfServiceOnly"] is True and r.json()["role"]["kind"] == "account", r.text
    # Its refresh stays self-service.
    refreshed = requests.post(f"{server.base}/api/v1/auth/refresh", json={"refreshToken": r.json()["refreshToken"]}, timeout=30)
    assert refreshed.json()["selfServiceOnly"] is True
    limited = requests.Session()
    limited.headers["Authorization"] = f"Bearer {r.json()['accessToken']}"
    base = f"{server.base}/api/v1"
    assert limited.get(f"{base}/auth/me").json()["role"]["kind"] == "account"
    refused = limited.post(f"{base}/domains/{a['domain']['id']}/accounts", json={"loginName": "intruder", "password": "Intrud3r-pass"})
    assert refused.status_code in (403, 404), refused.text
    dadmin = a["dadmin"]["id"]
    enrolment = limited.post(f"{base}/accounts/{dadmin}/totp").json()
    assert limited.post(f"{base}/accounts/{dadmin}/totp/confirm", json={"code": totp(enrolment["secret"])}).status_code == 200
    # With the factor and a code: full rights again.
    r = login(server, "dadmin@a-domain.test", "Dadm1n-pass", totp(enrolment["secret"], offset=1))
    assert r.status_code == 200 and r.json()["selfServiceOnly"] is False and r.json()["role"]["kind"] == "domainAdmin"
    # A plain user below the same tenant is not an administrator: unaffected.
    r = login(server, "user@a-domain.test", "Us3r-pass-1")
    assert r.status_code == 200 and r.json()["selfServiceOnly"] is False
    # The other reseller's admins are untouched, and cannot read this reseller's policy.
    assert login(server, "dadmin@b-domain.test", "Dadm1n-pass").json()["selfServiceOnly"] is False
    assert world["b"]["tenantAdminApi"].get(f"/tenants/{reseller}/login-policy").status_code == 404
    # JSON-RPC says so too: the tenant admin (enrolled) needs its code; a new domain admin
    # (none yet) gets a self-service session.
    def rpc_login(user, password):
        body = {"jsonrpc": "2.0", "id": 1, "method": "Session.login",
                "params": {"userName": user, "password": password, "application": APPLICATION}}
        return requests.post(f"{server.base}/admin/api/jsonrpc/", json=body, timeout=30).json()
    assert rpc_login(tadmin, "Tadm1n-pass")["error"]["data"]["code"] == "totp_required"
    admin.ok("POST", f"/domains/{a['domain']['id']}/accounts", {"loginName": "dadmin2", "password": "Dadm1n-pass-2", "domainAdmin": True})
    assert rpc_login("dadmin2@a-domain.test", "Dadm1n-pass-2")["result"]["selfServiceOnly"] is True


def test_a_login_link_opens_one_session(world):
    server, a = world["server"], world["a"]
    user = a["user"]["id"]
    link = a["tenantAdminApi"].ok("POST", f"/accounts/{user}/login-links", status=201)
    assert link["url"].startswith(server.base + "/api/v1/auth/login-links/")
    r = requests.get(link["url"], timeout=30)
    assert r.status_code == 200 and r.headers["Cache-Control"] == "no-store", r.text
    session = r.json()
    assert session["accountId"] == user and session["role"]["kind"] == "account"
    # Pinned to a plain account's reach, whatever rights the account is given later.
    assert session["selfServiceOnly"] is True
    me = requests.get(f"{server.base}/api/v1/auth/me", headers={"Authorization": f"Bearer {session['accessToken']}"}, timeout=30)
    assert me.json()["actor"] == "account:user@a-domain.test"
    # Once only.
    again = requests.get(link["url"], timeout=30)
    assert again.status_code == 401 and again.json()["code"] == "unauthenticated"
    # Only administrators make them, for accounts within their reach, and never for an
    # administrator (a link gets round no one's second factor, and raises no one's rights).
    assert a["userApi"].post(f"/accounts/{user}/login-links").status_code == 403
    assert world["b"]["tenantAdminApi"].post(f"/accounts/{user}/login-links").status_code == 404
    for target in (a["tadmin"]["id"], a["dadmin"]["id"]):
        r = a["tenantAdminApi"].post(f"/accounts/{target}/login-links")
        assert r.status_code == 403, r.text
    # A domain admin only where the domain lets its administrators into mail.
    assert a["domainAdminApi"].post(f"/accounts/{user}/login-links").status_code == 403
    # Made and redeemed are audited.
    actions = psql("SELECT string_agg(action, ',' ORDER BY id) FROM audit_events WHERE action LIKE 'login_link.%'", server.db)
    assert actions == "login_link.create,login_link.redeem"
    # JSON-RPC makes them too.
    rpc = server.rpc("tadmin@a-domain.test", "Tadm1n-pass")
    link = rpc.ok("Users.createLoginLink", {"userId": user})
    assert requests.get(link["url"], timeout=30).status_code == 200
