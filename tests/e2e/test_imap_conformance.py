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
