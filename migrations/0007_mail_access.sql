-- What the mail access protocols keep beside the store.

-- Expunged uids with the modseq of their expunge, so IMAP QRESYNC can report VANISHED.
CREATE TABLE expunged_messages (
    folder_id   uuid NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    uid         bigint NOT NULL,
    modseq      bigint NOT NULL,
    PRIMARY KEY (folder_id, uid)
);

-- One POP3 session per maildrop (RFC 1939), across every postbay process: held while the
-- session lives and refreshed as it goes; an expired hold (a crashed process) can be taken over.
CREATE TABLE pop3_locks (
    account_id  uuid PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
    holder      uuid NOT NULL,
    expires_at  timestamptz NOT NULL
);

-- POP-before-SMTP: a client address that logged in over POP3 may relay until `expires_at`.
CREATE TABLE relay_windows (
    address     inet PRIMARY KEY,
    expires_at  timestamptz NOT NULL
);

-- IMAP subscriptions: folders are subscribed when made; a client may unsubscribe.
ALTER TABLE folders ADD COLUMN subscribed boolean NOT NULL DEFAULT true;

-- A domain bound to a server address takes bare login names there (spec 7.7): one per address.
CREATE UNIQUE INDEX domains_login_address ON domains ((mail_settings->>'loginAddress'))
    WHERE mail_settings->>'loginAddress' IS NOT NULL;
