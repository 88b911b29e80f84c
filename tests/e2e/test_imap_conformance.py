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
