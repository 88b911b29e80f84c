"""Issue 19: IMAP conformance where Dovecot passes, driven with raw IMAP commands and the
exact responses the RFCs require."""

import re

from conftest import psql
from test_imap import PASSWORD, Tagged, deliver
from test_smtp import setup_domain


def validity(lines: list[bytes]) -> int:
    return int(re.search(rb"\[UIDVALIDITY (\d+)\]", b"".join(lines)).group(1))


def test_uidvalidity_never_repeats_for_a_name_whatever_the_clock(server):
    """RFC 3501 2.3.1.1: DELETE then CREATE of the same name, within one second, must give a
    new UIDVALIDITY (clients would show cached messages under reused uids); and it keeps
    growing when the clock stands still or steps back."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 1)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    seen = []
    for i in range(5):
        assert c.cmd(f"c{i} CREATE Reports").startswith(f"c{i} OK".encode())
        assert c.cmd(f"p{i} APPEND Reports {{5+}}\r\nhello").startswith(f"p{i} OK".encode())
        lines = c.all(f"s{i} SELECT Reports")
        seen.append(validity(lines))
        assert any(re.match(rb"\* 1 EXISTS", line) for line in lines), lines
        assert c.cmd(f"u{i} UNSELECT").startswith(f"u{i} OK".encode())
        assert c.cmd(f"d{i} DELETE Reports").startswith(f"d{i} OK".encode())
    assert seen == sorted(set(seen)), f"UIDVALIDITY repeated or went back: {seen}"
    # A clock far behind what the account has given out changes nothing: still increasing.
    psql(f"UPDATE accounts SET last_uid_validity = last_uid_validity + 100000 "
         f"WHERE id = '{w['alice']['id']}'", server.db)
    assert c.cmd("c CREATE Later").startswith(b"c OK")
    later = validity(c.all("s SELECT Later"))
    assert later > max(seen) + 100000 - 1, (later, seen)
    # Every folder of the account has its own value.
    values = psql(f"SELECT count(*), count(DISTINCT uid_validity) FROM folders WHERE account_id = '{w['alice']['id']}'", server.db)
    total, distinct = values.split("|")
    assert total == distinct, values
    c.close()


def test_id_before_login_several_list_patterns_and_create_without_subscribing(server):
    """RFC 2971: ID in every state. RFC 5258: LIST with a list of patterns; a pattern of odd
    atom characters is answered (empty), not refused. RFC 3501 6.3.3: CREATE does not
    subscribe the folder, nor the parents it makes."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    c = Tagged(server.imaps_port)
    lines = c.all('a ID ("name" "conformance")')
    assert lines[0].startswith(b'* ID ("name" "Postbay"') and lines[-1].startswith(b"a OK"), lines
    assert c.cmd(f"b LOGIN {alice} {PASSWORD}").startswith(b"b OK")
    assert c.cmd('c ID NIL').startswith(b"c OK")
    # Several patterns: the union, each folder once.
    lines = c.all('d LIST "" (INBOX "Sent*" "*Items")')
    names = [line.rsplit(b'"/" ', 1)[1].strip() for line in lines[:-1]]
    assert lines[-1].startswith(b"d OK"), lines
    assert sorted(names) == [b'"Deleted Items"', b'"INBOX"', b'"Sent Items"'], names
    lines = c.all('e LIST (SUBSCRIBED) "" ("Drafts" "nothing*") RETURN (CHILDREN)')
    assert lines[-1].startswith(b"e OK") and len(lines) == 2 and b'"Drafts"' in lines[0], lines
    assert c.cmd('f LIST "" foo]bar').startswith(b"f OK")
    # CREATE makes the folder and its parents, none subscribed; SUBSCRIBE does.
    assert c.cmd("g CREATE Projects/2026/Q4").startswith(b"g OK")
    lines = c.all('h LIST "" "Projects*" RETURN (SUBSCRIBED)')
    assert len(lines) == 4 and not any(b"\\Subscribed" in line for line in lines), lines
    assert c.all('i LSUB "" "Projects*"')[0].startswith(b"i OK")
    assert c.cmd("j SUBSCRIBE Projects/2026/Q4").startswith(b"j OK")
    lines = c.all('k LSUB "" "Projects*"')
    assert len(lines) == 2 and b'"Projects/2026/Q4"' in lines[0], lines
    c.close()


def test_move_into_the_selected_folder_gives_new_uids(server):
    """RFC 6851: MOVE into the selected folder is a move like any other: COPYUID with new
    uids, the old message expunged, the new one announced."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    lines = c.all("b SELECT INBOX")
    v = validity(lines)
    lines = c.all("c UID MOVE 1 INBOX")
    text = b"".join(lines)
    assert re.search(rb"\[COPYUID %d 1 3\]" % v, text), lines
    # The new message is announced and the old one expunged (EXISTS counts both when it
    # comes first).
    assert b"* 1 EXPUNGE" in text and re.search(rb"\* [23] EXISTS", text), lines
    assert lines[-1].startswith(b"c OK"), lines
    lines = c.all("d UID FETCH 1:* (UID)")
    uids = [int(m) for m in re.findall(rb"UID (\d+)\)", b"".join(lines))]
    assert uids == [2, 3], lines
    c.close()


def test_sent_dates_are_compared_as_written(server):
    """RFC 3501 6.4.4: SENTBEFORE, SENTON and SENTSINCE take the Date field's day as written,
    disregarding time and timezone."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    late = b"Date: Tue, 1 Dec 2026 23:30:00 -0500\r\nSubject: late\r\n\r\nx\r\n"  # 2 Dec in UTC
    early = b"Date: Wed, 2 Dec 2026 01:00:00 +0900\r\nSubject: early\r\n\r\ny\r\n"  # 1 Dec in UTC
    for tag, message in (("b", late), ("c", early)):
        assert c.cmd(f"{tag} APPEND INBOX {{{len(message)}+}}\r\n{message.decode()}").startswith(f"{tag} OK".encode())
    assert c.cmd("d SELECT INBOX").startswith(b"d OK")

    def search(criteria: str) -> list[int]:
        lines = c.all(f"s SEARCH {criteria}")
        found = next(line for line in lines if line.startswith(b"* SEARCH"))
        return [int(n) for n in found.split()[2:]]

    assert search("SENTON 1-Dec-2026") == [1]
    assert search("SENTON 2-Dec-2026") == [2]
    assert search("SENTBEFORE 2-Dec-2026") == [1]
    assert search("SENTSINCE 2-Dec-2026") == [2]
    c.close()


def test_a_command_that_enables_condstore_reports_highestmodseq(server):
    """RFC 7162 3.1: FETCH MODSEQ, SEARCH MODSEQ or STORE UNCHANGEDSINCE in a folder selected
    without CONDSTORE turns it on, and the server then tells the HIGHESTMODSEQ — once."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)
    for enabling in ("FETCH 1 (MODSEQ)", "UID SEARCH MODSEQ 1", "STORE 1 (UNCHANGEDSINCE 1000000) +FLAGS (\\Seen)"):
        c = Tagged(server.imaps_port)
        assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
        lines = c.all("b SELECT INBOX")
        assert not any(b"HIGHESTMODSEQ" in line for line in lines), lines
        lines = c.all(f"c {enabling}")
        told = [line for line in lines if line.startswith(b"* OK [HIGHESTMODSEQ ")]
        assert len(told) == 1 and lines[-1].startswith(b"c OK"), (enabling, lines)
        lines = c.all("d FETCH 2 (MODSEQ)")
        assert not any(b"HIGHESTMODSEQ" in line for line in lines), lines
        c.close()


def login(server) -> tuple[Tagged, dict]:
    w = setup_domain(server)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN alice@{w['name']} {PASSWORD}").startswith(b"a OK")
    return c, w


def append(c: Tagged, message: bytes, folder: str = "INBOX", binary: bool = False) -> bytes:
    """APPEND with a synchronising literal (a literal8 when `binary`), the tagged reply."""
    c.sock.sendall(f"ap APPEND {folder} {'~' if binary else ''}{{{len(message)}}}\r\n".encode())
    assert c.file.readline().startswith(b"+"), "no continuation"
    c.sock.sendall(message + b"\r\n")
    while True:
        line = c.file.readline()
        if not line or line.startswith(b"ap "):
            return line


def test_binary_append_is_stored_encoded_and_quoted_printable_decodes_exactly(server):
    """RFC 3516: a literal8 APPEND whose part holds NUL is stored re-encoded (BODY[] never
    carries a NUL in a plain literal); BINARY[] gives the bytes back in a literal8. RFC 2045
    6.7: quoted-printable drops trailing white space and takes `=` plus padding as a soft
    line break, which BINARY.SIZE counts."""
    c, _ = login(server)
    raw = b"a\0b\x01c"
    message = (
        b"Subject: bin\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n"
        b"--x\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"line one   \r\nsoft =  \r\nbreak=3D\r\n"
        b"--x\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n"
        + raw + b"\r\n--x--\r\n"
    )
    assert append(c, message, binary=True).startswith(b"ap OK [APPENDUID")
    assert c.cmd("b SELECT INBOX").startswith(b"b OK")
    whole = b"".join(c.all("c FETCH 1 (BODY.PEEK[])"))
    assert b"\0" not in whole and b"Content-Transfer-Encoding: base64\r\n\r\nYQBiAWM=\r\n--x--" in whole, whole
    lines = c.all("d FETCH 1 (BINARY.PEEK[2] BINARY.SIZE[2] BODY.PEEK[2])")
    text = b"".join(lines)
    assert b"BINARY[2] ~{5}\r\n" + raw + b" BINARY.SIZE[2] 5 BODY[2] {8}\r\nYQBiAWM=)" in text, text
    text = b"".join(c.all("e FETCH 1 (BINARY.PEEK[1] BINARY.SIZE[1])"))
    assert b"BINARY[1] {21}\r\nline one\r\nsoft break= BINARY.SIZE[1] 21)" in text, text
    # A NUL in a header has no transfer encoding to hide in.
    bad = b"Subject: a\0b\r\n\r\nbody\r\n"
    assert append(c, bad, binary=True).startswith(b"ap NO [UNKNOWN-CTE]")
    c.close()


def test_text_of_an_encapsulated_multipart_keeps_its_epilogue(server):
    """RFC 3501 6.4.5: BODY[1.TEXT] is the encapsulated message's body up to the end of the
    part, epilogue included."""
    c, _ = login(server)
    inner = b"Subject: in\r\nContent-Type: multipart/alternative; boundary=i\r\n\r\npre\r\n--i\r\n\r\none\r\n--i--\r\nepilogue here\r\n"
    top = b"Subject: top\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    nested = (b"Subject: outer\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=o\r\n\r\n"
              b"--o\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--o--\r\n")
    assert append(c, top).startswith(b"ap OK")
    assert append(c, nested).startswith(b"ap OK")
    assert c.cmd("b SELECT INBOX").startswith(b"b OK")
    want = b"pre\r\n--i\r\n\r\none\r\n--i--\r\nepilogue here\r\n"
    for n in (1, 2):
        text = b"".join(c.all(f"c FETCH {n} (BODY.PEEK[1.TEXT])"))
        assert f"BODY[1.TEXT] {{{len(want)}}}\r\n".encode() + want + b")" in text, (n, text)
    c.close()


def test_envelope_keeps_groups_and_source_routes_and_search_sort_see_groups(server):
    """RFC 3501 7.4.2: a group is (NIL NIL "name" NIL) … (NIL NIL NIL NIL); a source route is
    the adl. SEARCH TO/CC match group names; SORT CC sorts on the first entry, a group's name
    (RFC 5256)."""
    c, _ = login(server)
    grouped = (b"From: <@route:u@d.test>\r\nTo: undisclosed-recipients: ;\r\n"
               b"Cc: friends: ann@x.test, \"Bob\" <bob@y.test>;, carl@z.test\r\nSubject: g\r\n\r\nx\r\n")
    assert append(c, b"Cc: zeta@x.test\r\nSubject: z\r\n\r\nz\r\n").startswith(b"ap OK")
    assert append(c, grouped).startswith(b"ap OK")
    assert append(c, b"Cc: beta@x.test\r\nSubject: b\r\n\r\nb\r\n").startswith(b"ap OK")
    assert c.cmd("b SELECT INBOX").startswith(b"b OK")
    text = b"".join(c.all("c FETCH 2 (ENVELOPE)"))
    assert b'((NIL "@route" "u" "d.test"))' in text, text
    assert b'((NIL NIL "undisclosed-recipients" NIL)(NIL NIL NIL NIL))' in text, text
    assert (b'((NIL NIL "friends" NIL)(NIL NIL "ann" "x.test")("Bob" NIL "bob" "y.test")'
            b'(NIL NIL NIL NIL)(NIL NIL "carl" "z.test"))') in text, text
    assert c.all("d SEARCH TO undisclosed")[0] == b"* SEARCH 2\r\n"
    assert c.all("e SEARCH CC friends")[0] == b"* SEARCH 2\r\n"
    assert c.all("f SORT (CC) UTF-8 ALL")[0] == b"* SORT 3 2 1\r\n"
    c.close()


def test_base_subjects_and_threads_follow_rfc_5256(server):
    """RFC 5256: base subjects ("[xyz]" stays, "Re: [FWD: c]" is "c"); THREAD REFERENCES
    merges roots by subject, keeps a dummy root with several children, threads a duplicate
    Message-ID as unique."""
    c, _ = login(server)

    def msg(day: int, subject: str, mid: str | None = None, refs: str | None = None) -> bytes:
        head = f"Date: {day} Dec 2026 10:00:00 +0000\r\nSubject: {subject}\r\n"
        if mid:
            head += f"Message-ID: <{mid}@x.test>\r\n"
        if refs:
            head += f"References: {' '.join(f'<{r}@x.test>' for r in refs.split())}\r\n"
        return (head + "\r\nbody\r\n").encode()

    assert c.cmd("b CREATE Subjects").startswith(b"b OK")
    for day, subject in enumerate(["[xyz]", "Re: [FWD: c]", "[abc]", "c (fwd)", "b"], start=1):
        assert append(c, msg(day, subject), "Subjects").startswith(b"ap OK")
    assert c.cmd("c SELECT Subjects").startswith(b"c OK")
    # Base subjects "[xyz]", "c", "[abc]", "c", "b".
    assert c.all("d SORT (SUBJECT) UTF-8 ALL")[0] == b"* SORT 3 1 5 2 4\r\n"
    assert c.all("e THREAD ORDEREDSUBJECT UTF-8 ALL")[0] == b"* THREAD (1)(2 4)(3)(5)\r\n"

    assert c.cmd("f CREATE Threads").startswith(b"f OK")
    for message in (
        msg(1, "alpha", "a"),
        msg(2, "Re: alpha", "b", "zz"),  # its parent is missing: merged under 1 by subject
        msg(3, "beta", "c", "gone"),
        msg(4, "other beta", "d", "gone"),  # with 3, children of a dummy root
        msg(5, "gamma", "a"),  # a duplicate Message-ID: a thread of its own
        msg(6, "delta", "f", "a"),  # a reply to the first message with that id
    ):
        assert append(c, message, "Threads").startswith(b"ap OK")
    assert c.cmd("g SELECT Threads").startswith(b"g OK")
    lines = c.all("h THREAD REFERENCES UTF-8 ALL")
    assert lines[0] == b"* THREAD (1 (2)(6))((3)(4))(5)\r\n", lines
    c.close()


def test_esearch_min_max_report_their_own_modseq(server):
    """RFC 7162 3.1.5: with MIN or MAX alone, the MODSEQ in the ESEARCH answer is that of the
    message returned; with ALL or COUNT the highest of all."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    assert c.cmd("b SELECT INBOX (CONDSTORE)").startswith(b"b OK")
    c.all("c STORE 1 +FLAGS (\\Flagged)")
    modseq = {int(n): int(m) for n, m in re.findall(rb"\* (\d+) FETCH \(MODSEQ \((\d+)\)\)", b"".join(c.all("d FETCH 1:* (MODSEQ)")))}
    assert modseq[1] > modseq[3], modseq

    def answer(options: str) -> bytes:
        return next(l for l in c.all(f"s SEARCH RETURN ({options}) MODSEQ 1") if l.startswith(b"* ESEARCH"))

    assert answer("MIN") == f'* ESEARCH (TAG "s") MIN 1 MODSEQ {modseq[1]}\r\n'.encode()
    assert answer("MAX") == f'* ESEARCH (TAG "s") MAX 3 MODSEQ {modseq[3]}\r\n'.encode()
    assert answer("MAX COUNT") == f'* ESEARCH (TAG "s") MAX 3 COUNT 3 MODSEQ {max(modseq.values())}\r\n'.encode()
    c.close()


SYSTEM = b"\\Answered \\Flagged \\Deleted \\Seen \\Draft"


def test_keywords_in_use_are_listed_and_a_new_one_is_announced(server):
    """RFC 3501 7.2.6: FLAGS and PERMANENTFLAGS list the keywords in use; a STORE that makes a
    new keyword is preceded by `* FLAGS` (and PERMANENTFLAGS), in this session and in another
    that has the folder open; a keyword already known is not announced again."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)
    a, b = Tagged(server.imaps_port), Tagged(server.imaps_port)
    for c in (a, b):
        assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    lines = a.all("b SELECT INBOX")
    assert b"* FLAGS (" + SYSTEM + b")\r\n" in lines, lines
    assert b"* OK [PERMANENTFLAGS (" + SYSTEM + b" \\*)] Flags\r\n" in lines, lines
    assert b.cmd("b SELECT INBOX").startswith(b"b OK")
    lines = a.all("c STORE 1 +FLAGS ($Label1)")
    assert lines[0] == b"* FLAGS (" + SYSTEM + b" $Label1)\r\n", lines
    assert lines[1] == b"* OK [PERMANENTFLAGS (" + SYSTEM + b" $Label1 \\*)] Flags\r\n", lines
    assert lines[2].startswith(b"* 1 FETCH (FLAGS (") and b"$Label1" in lines[2], lines
    # The other session learns the keyword before the flag change that uses it.
    lines = b.all("c NOOP")
    assert lines[0] == b"* FLAGS (" + SYSTEM + b" $Label1)\r\n", lines
    assert any(l.startswith(b"* 1 FETCH") and b"$Label1" in l for l in lines[1:]), lines
    # Known already: no announcement.
    lines = a.all("d STORE 2 +FLAGS ($Label1)")
    assert not any(l.startswith(b"* FLAGS") for l in lines), lines
    # A FETCH that would show a keyword this session was not told of announces it first.
    assert a.cmd("d2 STORE 2 +FLAGS ($Fresh)").startswith(b"d2 OK")
    lines = b.all("c2 FETCH 2 (FLAGS)")
    assert lines[0] == b"* FLAGS (" + SYSTEM + b" $Fresh $Label1)\r\n", lines
    assert lines[2].startswith(b"* 2 FETCH (FLAGS (") and b"$Fresh" in lines[2], lines
    # Bounded: a keyword of more than 100 characters is refused.
    assert a.cmd(f"d3 STORE 1 +FLAGS ({'k' * 101})").startswith(b"d3 NO [LIMIT]")
    # Kept by APPEND and COPY into other folders; listed at SELECT; EXAMINE may not store.
    assert a.cmd("e CREATE Kept").startswith(b"e OK")
    assert a.cmd("f APPEND Kept (Work) {3+}\r\nx\r\n").startswith(b"f OK")
    assert a.cmd("g COPY 1 Kept").startswith(b"g OK")
    lines = a.all("h EXAMINE Kept")
    assert b"* FLAGS (" + SYSTEM + b" $Label1 Work)\r\n" in lines, lines
    assert b"* OK [PERMANENTFLAGS ()] Read-only\r\n" in lines, lines
    a.close()
    b.close()


def recent_of(lines: list[bytes]) -> int:
    return int(next(re.match(rb"\* (\d+) RECENT", l).group(1) for l in lines if re.match(rb"\* \d+ RECENT", l)))


def test_recent_is_seen_by_one_session(server):
    """RFC 3501 2.3.2: \\Recent for IMAP4rev1 sessions — the first session to SELECT the
    folder after a message arrived sees it as recent, no other; EXAMINE looks without taking;
    RECENT follows EXISTS when mail arrives or is copied in; SEARCH RECENT, NEW and OLD;
    STATUS RECENT. IMAP4rev2 sessions never see it, nor take it."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 2)

    def session() -> Tagged:
        c = Tagged(server.imaps_port)
        assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
        return c

    a, b, watcher = session(), session(), session()
    assert b"RECENT 2" in b"".join(watcher.all("s STATUS INBOX (RECENT MESSAGES)"))
    lines = a.all("b SELECT INBOX")
    exists = next(i for i, l in enumerate(lines) if l.endswith(b" EXISTS\r\n"))
    assert lines[exists + 1] == b"* 2 RECENT\r\n", lines
    # RFC 3501 6.3.1: the first unseen message's number.
    assert b"* OK [UNSEEN 1] First unseen\r\n" in lines, lines
    lines = a.all("c FETCH 1:* (FLAGS)")
    assert all(b"\\Recent" in l for l in lines[:-1]) and len(lines) == 3, lines
    assert a.all("d SEARCH RECENT")[0] == b"* SEARCH 1 2\r\n"
    assert a.all("e SEARCH NEW")[0] == b"* SEARCH 1 2\r\n"
    assert a.all("f SEARCH OLD")[0] == b"* SEARCH\r\n"
    # Taken by the first session: the next sees none; STATUS counts none.
    assert recent_of(b.all("b SELECT INBOX")) == 0
    assert b"RECENT 0" in b"".join(watcher.all("s STATUS INBOX (RECENT)"))
    assert not any(b"\\Recent" in l for l in b.all("c FETCH 1:* (FLAGS)"))
    # New mail: whoever hears of it first has it as recent.
    deliver(server, alice, 1)
    assert b"RECENT 1" in b"".join(watcher.all("s STATUS INBOX (RECENT)"))
    lines = a.all("g NOOP")
    assert lines[0] == b"* 3 EXISTS\r\n" and lines[1] == b"* 3 RECENT\r\n", lines
    lines = b.all("g NOOP")
    assert lines[0] == b"* 3 EXISTS\r\n" and lines[1] == b"* 0 RECENT\r\n", lines
    # COPY into the selected folder: the copy is recent to the session that made it.
    lines = a.all("h COPY 1 INBOX")
    assert b"* 4 EXISTS\r\n" in lines and b"* 4 RECENT\r\n" in lines, lines
    assert lines.index(b"* 4 RECENT\r\n") == lines.index(b"* 4 EXISTS\r\n") + 1, lines
    a.all("i STORE 4 +FLAGS (\\Seen)")
    assert a.all("j SEARCH NEW")[0] == b"* SEARCH 1 2 3\r\n"
    assert a.all("k SEARCH OLD")[0] == b"* SEARCH\r\n"
    assert b"* 0 RECENT\r\n" in b.all("l NOOP")
    assert b.all("m SEARCH OLD")[0] == b"* SEARCH 1 2 3 4\r\n"
    for c in (a, b, watcher):
        c.close()
    # EXAMINE sees recent messages without taking them; the next SELECT takes them.
    deliver(server, alice, 1)
    look = session()
    assert recent_of(look.all("b EXAMINE INBOX")) == 1
    assert b"\\Recent" in look.all("c FETCH 5 (FLAGS)")[0]
    take, late = session(), session()
    assert recent_of(take.all("b SELECT INBOX")) == 1
    assert recent_of(late.all("b SELECT INBOX")) == 0
    # IMAP4rev2 has no \Recent: no RECENT response, no flag.
    deliver(server, alice, 1)
    rev2 = session()
    assert b"ENABLED IMAP4rev2" in b"".join(rev2.all("b ENABLE IMAP4rev2"))
    lines = rev2.all("c SELECT INBOX")
    assert not any(b"RECENT" in l or b"UNSEEN" in l for l in lines), lines
    assert not any(b"\\Recent" in l for l in rev2.all("d FETCH 1:* (FLAGS)"))
    # ... nor takes it from an IMAP4rev1 session.
    after = session()
    assert recent_of(after.all("b SELECT INBOX")) == 1
    for c in (look, take, late, rev2, after):
        c.close()


def test_esort_partial_and_display_sort(server):
    """RFC 5267 3: SORT RETURN answers with ESEARCH in the sort order (MIN is the first, MAX
    the last, ALL keeps the order). RFC 5267 4.4 and RFC 9394: PARTIAL, from the start or the
    end, NIL when past the results, never with ALL. RFC 5957: SORT DISPLAYFROM."""
    c, _ = login(server)
    assert c.cmd("b CREATE Sorted").startswith(b"b OK")
    for frm, subject in (('"Zed" <a@x.test>', "c"), ("b@x.test", "a"), ('"Amy" <z@x.test>', "e"),
                         ("q@x.test", "b"), ("r@x.test", "d")):
        assert append(c, f"From: {frm}\r\nSubject: {subject}\r\n\r\nx\r\n".encode(), "Sorted").startswith(b"ap OK")
    assert c.cmd("c SELECT Sorted").startswith(b"c OK")
    # Subjects c a e b d: sorted 2 4 1 5 3.
    lines = c.all("d SORT RETURN (MIN MAX COUNT ALL) (SUBJECT) UTF-8 ALL")
    assert lines[0] == b'* ESEARCH (TAG "d") MIN 2 MAX 3 ALL 2,4,1,5,3 COUNT 5\r\n', lines
    lines = c.all("e UID SORT RETURN (PARTIAL 2:3) (SUBJECT) UTF-8 ALL")
    assert lines[0] == b'* ESEARCH (TAG "e") UID PARTIAL (2:3 4,1)\r\n', lines
    assert c.all("f SEARCH RETURN (PARTIAL -1:-2) ALL")[0] == b'* ESEARCH (TAG "f") PARTIAL (-1:-2 4:5)\r\n'
    assert c.all("g SEARCH RETURN (PARTIAL 10:20 COUNT) ALL")[0] == b'* ESEARCH (TAG "g") PARTIAL (10:20 NIL) COUNT 5\r\n'
    assert c.cmd("h SEARCH RETURN (PARTIAL 1:2 ALL) ALL").startswith(b"h BAD")
    assert c.cmd("i SEARCH RETURN (PARTIAL 0:2) ALL").startswith(b"i BAD")
    assert c.cmd("j SORT RETURN (BOGUS) (SUBJECT) UTF-8 ALL").startswith(b"j BAD")
    # Display names where there are, else the address: Amy, b@x, q@x, r@x, Zed.
    assert c.all("k SORT (DISPLAYFROM) UTF-8 ALL")[0] == b"* SORT 3 2 4 5 1\r\n"
    assert c.all("l SORT (FROM) UTF-8 ALL")[0] == b"* SORT 1 2 4 5 3\r\n"
    caps = b"".join(c.all("m CAPABILITY"))
    for cap in (b"ESORT", b"SORT=DISPLAY", b"CONTEXT=SEARCH", b"PARTIAL"):
        assert b" " + cap + b" " in caps or caps.rstrip().endswith(cap), (cap, caps)
    c.close()


def test_updating_searches_tell_what_joins_and_leaves(server):
    """RFC 5267 4 (CONTEXT=SEARCH): SEARCH RETURN (UPDATE) stays live — REMOVEFROM when a
    message stops matching (here, by this session's own STORE) or is expunged (before the
    EXPUNGE), ADDTO after EXISTS for new mail; sequence numbers for SEARCH, uids for UID
    SEARCH; CANCELUPDATE ends it; a live tag cannot be reused; the number of live searches is
    bounded (NOUPDATE)."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    deliver(server, alice, 3)
    c, other = Tagged(server.imaps_port), Tagged(server.imaps_port)
    for s in (c, other):
        assert s.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
        assert s.cmd("b SELECT INBOX").startswith(b"b OK")
    uids = [int(u) for u in re.findall(rb"UID (\d+)", b"".join(c.all("c FETCH 1:* (UID)")))]
    lines = c.all("U1 UID SEARCH RETURN (UPDATE) UNSEEN")
    assert lines[0] == f'* ESEARCH (TAG "U1") UID ALL {uids[0]}:{uids[2]}\r\n'.encode(), lines
    assert c.cmd("U1 UID SEARCH RETURN (UPDATE) ALL").startswith(b"U1 BAD")
    lines = c.all("U2 SEARCH RETURN (UPDATE) FLAGGED")
    assert lines[0] == b'* ESEARCH (TAG "U2")\r\n', lines
    # Own STORE: \Seen takes message 1 out of U1.
    lines = c.all("d STORE 1 +FLAGS (\\Seen)")
    assert f'* ESEARCH (TAG "U1") UID REMOVEFROM (0 {uids[0]})\r\n'.encode() in lines, lines
    # Another session flags message 3: U2 (sequence numbers) gains it.
    assert other.cmd("c STORE 3 +FLAGS (\\Flagged)").startswith(b"c OK")
    lines = c.all("e NOOP")
    assert b'* ESEARCH (TAG "U2") ADDTO (0 3)\r\n' in lines, lines
    # New mail: EXISTS, then ADDTO.
    deliver(server, alice, 1)
    lines = c.all("f NOOP")
    new = uids[2] + 1
    exists = lines.index(b"* 4 EXISTS\r\n")
    added = lines.index(f'* ESEARCH (TAG "U1") UID ADDTO (0 {new})\r\n'.encode())
    assert exists < added, lines
    # An expunge elsewhere: REMOVEFROM (with the sequence number before it) precedes EXPUNGE.
    assert other.cmd("d STORE 3 +FLAGS (\\Deleted)").startswith(b"d OK")
    assert other.cmd("e EXPUNGE").startswith(b"e OK")
    lines = c.all("g NOOP")
    gone_u1 = lines.index(f'* ESEARCH (TAG "U1") UID REMOVEFROM (0 {uids[2]})\r\n'.encode())
    gone_u2 = lines.index(b'* ESEARCH (TAG "U2") REMOVEFROM (0 3)\r\n')
    assert max(gone_u1, gone_u2) < lines.index(b"* 3 EXPUNGE\r\n"), lines
    # CANCELUPDATE: no more news for U1; an unknown tag is refused.
    assert c.cmd('h CANCELUPDATE "U1"').startswith(b"h OK")
    assert c.cmd('i CANCELUPDATE "U1"').startswith(b"i BAD")
    assert other.cmd("f STORE 2 +FLAGS (\\Seen)").startswith(b"f OK")
    assert not any(b"ESEARCH" in l for l in c.all("j NOOP"))
    # Bounded: with eight live (U2 and seven more), the ninth is answered but not kept.
    for n in range(3, 10):
        assert not any(b"NOUPDATE" in l for l in c.all(f"U{n} SEARCH RETURN (UPDATE) ALL"))
    lines = c.all("U10 SEARCH RETURN (UPDATE) ALL")
    assert lines[0].startswith(b'* ESEARCH (TAG "U10") ALL'), lines
    assert lines[1] == b'* NO [NOUPDATE "U10"] Too many updating searches\r\n', lines
    assert c.cmd('k CANCELUPDATE "U10"').startswith(b"k BAD")
    c.close()
    other.close()


def send_with_literals(c: Tagged, tag: str, pieces: list) -> list[bytes]:
    """Sends a command made of text and (prefix, bytes) literals, waiting for each
    continuation; returns the response lines, or the refusal when the server refuses a
    literal."""
    for piece in pieces:
        if isinstance(piece, str):
            c.sock.sendall(piece.encode())
            continue
        prefix, data = piece
        c.sock.sendall(f"{prefix}{{{len(data)}}}\r\n".encode())
        line = c.file.readline()
        if not line.startswith(b"+"):
            return [line]
        c.sock.sendall(data)
    c.sock.sendall(b"\r\n")
    lines = []
    while True:
        line = c.file.readline()
        lines.append(line)
        if not line or line.startswith(tag.encode() + b" "):
            return lines


def count_in(c: Tagged, folder: str) -> int:
    return int(re.search(rb"MESSAGES (\d+)", b"".join(c.all(f"s STATUS {folder} (MESSAGES)"))).group(1))


def test_multiappend_stores_all_or_nothing(server):
    """RFC 3502: several messages in one APPEND, each with its flags and date, stored
    together (APPENDUID with every uid); when one of them is refused — here the third — none
    is stored."""
    c, _ = login(server)
    assert b"MULTIAPPEND" in b"".join(c.all("b CAPABILITY"))
    one, two, three = (f"Subject: m{i}\r\n\r\nbody {i}\r\n".encode() for i in (1, 2, 3))
    lines = send_with_literals(c, "c", [
        "c APPEND Drafts (\\Seen) ", ("", one),
        ' ($Work) "01-Dec-2026 10:00:00 +0100" ', ("", two),
        " ", ("", three)])
    appended = re.match(rb"c OK \[APPENDUID (\d+) (\d+):(\d+)\]", lines[-1])
    assert appended and int(appended.group(3)) - int(appended.group(2)) == 2, lines
    assert count_in(c, "Drafts") == 3
    assert c.cmd("d SELECT Drafts").startswith(b"d OK")
    text = b"".join(c.all("e FETCH 1:3 (FLAGS INTERNALDATE)"))
    assert b"* 1 FETCH (FLAGS (\\Seen" in text and b"$Work" in text and b'"01-Dec-2026 09:00:00 +0000"' in text, text
    # The third refused (a NUL in its header): neither the first nor the second is stored.
    bad = b"Subject: a\0b\r\n\r\nx\r\n"
    lines = send_with_literals(c, "f", ["f APPEND Drafts ", ("", one), " ", ("", two), " ", ("~", bad)])
    assert lines[-1].startswith(b"f NO [UNKNOWN-CTE]"), lines
    lines = send_with_literals(c, "g", ["g APPEND Drafts ", ("", one), " ", ("", two), " ", ("", b"")])
    assert lines[-1].startswith(b"g NO"), lines
    assert count_in(c, "Drafts") == 3
    lines = send_with_literals(c, "h", ["h APPEND Nowhere ", ("", one), " ", ("", two)])
    assert lines[-1].startswith(b"h NO [TRYCREATE]"), lines
    c.close()


def test_catenate_builds_messages_from_parts_and_refuses_urls_it_cannot_read(server):
    """RFC 4469: CATENATE puts a message together from text and parts of stored messages
    named by IMAP URLs (RFC 5092: SECTION, PARTIAL); a URL to a message the user cannot read
    — another user's, a wrong UIDVALIDITY, a missing uid — fails with BADURL and stores
    nothing; CATENATE works within MULTIAPPEND."""
    w = setup_domain(server)
    alice, bob = f"alice@{w['name']}", f"bob@{w['name']}"
    deliver(server, bob, 1)
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    assert b"CATENATE" in b"".join(c.all("b CAPABILITY"))
    source = (b"Subject: source\r\nContent-Type: multipart/mixed; boundary=s\r\n\r\n"
              b"--s\r\nContent-Type: text/plain\r\n\r\nfirst part text\r\n--s--\r\n")
    uid_line = append(c, source)
    validity, uid = (int(x) for x in re.search(rb"APPENDUID (\d+) (\d+)", uid_line).groups())
    base = f"/INBOX;UIDVALIDITY={validity}/;UID={uid}"
    text = b"\r\nnew body\r\n"
    lines = send_with_literals(c, "c", [
        f'c APPEND Drafts CATENATE (URL "{base}/;SECTION=HEADER" TEXT ', ("", text),
        f' URL "{base}/;SECTION=1/;PARTIAL=6.4")'])
    assert lines[-1].startswith(b"c OK [APPENDUID"), lines
    assert c.cmd("d SELECT Drafts").startswith(b"d OK")
    body = b"".join(c.all("e FETCH 1 (BODY.PEEK[])"))
    header = b"Subject: source\r\nContent-Type: multipart/mixed; boundary=s\r\n\r\n"
    want = header + text + b"part"
    assert f"BODY[] {{{len(want)}}}\r\n".encode() + want + b")" in body, body
    # Unreadable or wrong URLs: BADURL naming the URL; nothing stored.
    bob_validity = psql(f"SELECT uid_validity FROM folders WHERE account_id = '{w['bob']['id']}' AND special_use = 'inbox'", server.db)
    for n, url in enumerate([
        f"imap://bob@{w['name']}/INBOX;UIDVALIDITY={bob_validity}/;UID=1",
        f"/INBOX;UIDVALIDITY={validity + 1}/;UID={uid}",
        f"/INBOX;UIDVALIDITY={validity}/;UID={uid + 50}",
        f"{base}/;SECTION=9",
        "not a url",
    ]):
        lines = send_with_literals(c, f"f{n}", [f'f{n} APPEND Drafts CATENATE (TEXT ', ("", b"x"), f' URL "{url}")'])
        assert lines[-1].startswith(f'f{n} NO [BADURL "{url}"]'.encode()), (url, lines)
    assert count_in(c, "Drafts") == 1
    # Within MULTIAPPEND: a plain message and a catenated one.
    lines = send_with_literals(c, "g", [
        "g APPEND Drafts ", ("", b"Subject: plain\r\n\r\nx\r\n"),
        f' CATENATE (URL "{base}")'])
    assert re.match(rb"g OK \[APPENDUID \d+ \d+:\d+\]", lines[-1]), lines
    assert count_in(c, "Drafts") == 3
    # A binary TEXT part (literal8) is stored encoded, as a binary APPEND is.
    lines = send_with_literals(c, "h", [
        "h APPEND Drafts CATENATE (TEXT ", ("", b"Subject: bin\r\nContent-Transfer-Encoding: binary\r\n\r\n"),
        " TEXT ", ("~", b"a\0b"), ")"])
    assert lines[-1].startswith(b"h OK"), lines
    assert c.cmd("i SELECT Drafts").startswith(b"i OK")
    text = b"".join(c.all("j FETCH 4 (BODY.PEEK[TEXT] BINARY.PEEK[1])"))
    assert b"BODY[TEXT] \"YQBi\"" in text or b"BODY[TEXT] {4}\r\nYQBi" in text, text
    assert b"BINARY[1] ~{3}\r\na\0b" in text, text
    c.close()


def read_until(c: Tagged, done) -> list[bytes]:
    """Unsolicited lines, read without sending anything, until `done(lines)`."""
    lines = []
    while not done(lines):
        line = c.file.readline()
        assert line, lines
        lines.append(line)
    return lines


def test_notify_pushes_events_without_a_command(server):
    """RFC 5465: NOTIFY SET tells, with no command in progress, new and expunged messages of
    the selected folder (with the FETCH items MessageNew asks for), message changes of other
    folders as STATUS, folders made, renamed, (un)subscribed and deleted as LIST; STATUS
    gives the watched folders' state at once; unsupported events get BADEVENT; NOTIFY NONE
    stops it."""
    w = setup_domain(server)
    alice = f"alice@{w['name']}"
    c, other = Tagged(server.imaps_port), Tagged(server.imaps_port)
    for s in (c, other):
        assert s.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    assert b"NOTIFY" in b"".join(c.all("b CAPABILITY"))
    assert c.cmd("c SELECT INBOX").startswith(b"c OK")
    assert c.cmd("d NOTIFY SET (personal (AnnotationChange))").startswith(
        b"d NO [BADEVENT (MessageNew MessageExpunge FlagChange MailboxName SubscriptionChange)]")
    assert c.cmd("e NOTIFY SET (selected (MessageNew))").startswith(b"e BAD")
    assert c.cmd("f NOTIFY SET (selected (MessageNew (BODY[]) MessageExpunge))").startswith(b"f BAD")
    lines = c.all("g NOTIFY SET STATUS (selected (MessageNew (UID FLAGS) MessageExpunge FlagChange)) "
                  "(personal (MessageNew MessageExpunge MailboxName SubscriptionChange))")
    assert lines[-1].startswith(b"g OK"), lines
    told = [l for l in lines if l.startswith(b"* STATUS")]
    assert any(l.startswith(b'* STATUS "Drafts" (MESSAGES 0 UIDNEXT 1 UIDVALIDITY ') for l in told), lines
    assert not any(b'"INBOX"' in l for l in told), lines
    # New mail in the selected folder, pushed: EXISTS, RECENT, then the FETCH asked for.
    deliver(server, alice, 1)
    lines = read_until(c, lambda ls: any(b"FETCH" in l for l in ls))
    assert lines[:3] == [b"* 1 EXISTS\r\n", b"* 1 RECENT\r\n", b"* 1 FETCH (UID 1 FLAGS (\\Recent))\r\n"], lines
    # Another folder: STATUS.
    assert other.cmd("b APPEND Drafts {3+}\r\nx\r\n").startswith(b"b OK")
    lines = read_until(c, lambda ls: len(ls) == 1)
    assert re.match(rb'\* STATUS "Drafts" \(MESSAGES 1 UIDNEXT 2 UIDVALIDITY \d+\)\r\n', lines[0]), lines
    # The folder list.
    assert other.cmd("c CREATE Projects").startswith(b"c OK")
    assert read_until(c, lambda ls: len(ls) == 1) == [b'* LIST () "/" "Projects"\r\n']
    assert other.cmd("d RENAME Projects Archive").startswith(b"d OK")
    assert read_until(c, lambda ls: len(ls) == 1) == [b'* LIST () "/" "Archive" ("OLDNAME" ("Projects"))\r\n']
    assert other.cmd("e SUBSCRIBE Archive").startswith(b"e OK")
    assert read_until(c, lambda ls: len(ls) == 1) == [b'* LIST (\\Subscribed) "/" "Archive"\r\n']
    assert other.cmd("f DELETE Archive").startswith(b"f OK")
    assert read_until(c, lambda ls: len(ls) == 1) == [b'* LIST (\\NonExistent) "/" "Archive"\r\n']
    # An expunge in the selected folder by another session, pushed.
    assert other.cmd("g SELECT INBOX").startswith(b"g OK")
    assert other.cmd("h STORE 1 +FLAGS (\\Deleted)").startswith(b"h OK")
    lines = read_until(c, lambda ls: len(ls) == 1)
    assert lines[0].startswith(b"* 1 FETCH (UID 1 FLAGS (") and b"\\Deleted" in lines[0], lines
    assert other.cmd("i EXPUNGE").startswith(b"i OK")
    assert read_until(c, lambda ls: len(ls) == 1) == [b"* 1 EXPUNGE\r\n"]
    # NOTIFY NONE: nothing more is pushed; the next command reports as usual.
    assert c.cmd("h NOTIFY NONE").startswith(b"h OK")
    deliver(server, alice, 1)
    c.sock.settimeout(1.5)
    try:
        pushed = c.file.readline()
    except OSError:
        pushed = b""
    c.sock.settimeout(20)
    assert pushed == b"", pushed
    c.close()
    c = Tagged(server.imaps_port)
    assert c.cmd(f"a LOGIN {alice} {PASSWORD}").startswith(b"a OK")
    assert b"* 1 EXISTS\r\n" in c.all("b SELECT INBOX")
    c.close()
    other.close()
