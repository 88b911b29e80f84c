"""Issue 18: the attachment filter. Rules by file name pattern or MIME type, for the server and
per domain, in order: `remove` takes the attachment out and leaves a notice part, `block`
refuses the message at SMTP, `accept` keeps it from later rules. A file's real type is read
from its first bytes, so a renamed executable is still caught."""

import base64
import email
from email import policy

from test_smtp import body_of, copies, setup_domain
from test_spam_filter import send, with_attachment

# The first bytes of a Windows executable (an MZ header and the PE offset): what `infer` reads.
EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48)


def test_an_executable_is_removed_with_a_notice_and_a_blocked_type_refused(server):
    w = setup_domain(server)
    admin, name, domain = w["admin"], w["name"], w["domain"]["id"]
    to = [f"alice@{name}"]
    removing = admin.ok("POST", "/attachment-rules", {"pattern": "*.EXE", "action": "remove"})
    assert removing["pattern"] == "*.exe" and removing["position"] == 0 and "domainId" not in removing
    # An .exe: delivered without it, a text part in its place, marked.
    msg_id, content = with_attachment("setup.exe", EXECUTABLE)
    assert send(server, to, content) is None
    stored = body_of(server, msg_id)
    parsed = email.message_from_bytes(stored, policy=policy.default)
    assert parsed["X-Attachment-Filter"] == "1 attachment(s) removed"
    parts = [p for p in parsed.walk() if not p.is_multipart()]
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/plain"]
    assert parts[0].get_content().strip() == "See the attachment."
    assert 'The attachment "setup.exe" was removed' in parts[1].get_content()
    assert b"TVq" not in stored  # the base64 of the executable
    # A message that is nothing but the executable keeps its header; its body is the notice.
    single, _ = with_attachment("x", b"")
    content = (f"From: Sender <sender@remote.test>\r\nTo: alice@{name}\r\nSubject: your tool\r\n"
               f"Message-ID: <{single}>\r\nMIME-Version: 1.0\r\n"
               "Content-Type: application/octet-stream; name=tool.exe\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               ).encode() + base64.encodebytes(EXECUTABLE).replace(b"\n", b"\r\n")
    assert send(server, to, content) is None
    parsed = email.message_from_bytes(body_of(server, single), policy=policy.default)
    assert parsed["Subject"] == "your tool" and parsed["From"] == "Sender <sender@remote.test>"
    assert parsed.get_content_type() == "text/plain" and 'The attachment "tool.exe" was removed' in parsed.get_content()
    # An executable named as a PDF is an executable all the same.
    renamed, content = with_attachment("invoice.pdf", EXECUTABLE)
    assert send(server, to, content) is None
    assert b"was removed" in body_of(server, renamed)
    # A real PDF is left alone.
    pdf, content = with_attachment("invoice.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    assert send(server, to, content) is None
    assert b"was removed" not in body_of(server, pdf) and b"X-Attachment-Filter" not in body_of(server, pdf)
    # The domain's own list: a blocked MIME type refuses the whole message at SMTP.
    blocking = admin.ok("POST", "/attachment-rules", {"domainId": domain, "pattern": "application/pdf", "action": "block"})
    refused, content = with_attachment("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    code, text = send(server, to, content)
    assert code == 554 and text.startswith('5.7.1 The attachment "report.pdf"'), (code, text)
    assert copies(server, refused) == 0
    # Other domains are not judged by it.
    other = setup_domain(server)
    kept, content = with_attachment("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    assert send(server, [f"alice@{other['name']}"], content) is None
    assert copies(server, kept) == 1
    # Listed per list, in order; an `accept` put first lets PDFs through again.
    assert [r["id"] for r in admin.ok("GET", "/attachment-rules", params={"domainId": domain})["items"]] == [blocking["id"]]
    admin.ok("POST", "/attachment-rules", {"domainId": domain, "pattern": "report.*", "action": "accept", "position": 0})
    passed, content = with_attachment("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    assert send(server, to, content) is None
    # Deleting the server's rule: .exe files pass.
    admin.ok("DELETE", f"/attachment-rules/{removing['id']}")
    free, content = with_attachment("setup.exe", EXECUTABLE)
    assert send(server, to, content) is None
    assert b"was removed" not in body_of(server, free)


def test_attachment_rules_are_checked_and_kept_within_reach(server, world):
    admin = world["admin"]
    for body, field in (({"pattern": "", "action": "block"}, "pattern"),
                        ({"pattern": "appli cation/x", "action": "block"}, "pattern"),
                        ({"pattern": "*.exe", "action": "block", "position": 3}, "position")):
        r = admin.post("/attachment-rules", json=body)
        assert r.status_code == 422 and r.json()["field"] == field, (body, r.text)
    assert admin.post("/attachment-rules", json={"pattern": "*.exe", "action": "explode"}).status_code == 422
    a, b = world["a"], world["b"]
    mine = a["domainAdminApi"].ok("POST", "/attachment-rules", {"domainId": a["domain"]["id"], "pattern": "*.js", "action": "remove"})
    # The other domain's admin: not found; a domain admin cannot change the server's list.
    other = b["domainAdminApi"]
    assert other.get("/attachment-rules", params={"domainId": a["domain"]["id"]}).status_code == 404
    assert other.delete(f"/attachment-rules/{mine['id']}").status_code == 404
    assert other.post("/attachment-rules", json={"pattern": "*.js", "action": "remove"}).status_code == 403
    rpc = server.rpc()
    listed = rpc.ok("AttachmentRules.get", {"domainId": a["domain"]["id"]})
    assert [r["id"] for r in listed["list"]] == [a["attachmentRule"]["id"], mine["id"]] and listed["totalItems"] == 2
    reply = rpc.call("AttachmentRules.create", {"rule": {"pattern": "", "action": "block"}})
    assert reply["error"]["data"]["field"] == "rule.pattern", reply
