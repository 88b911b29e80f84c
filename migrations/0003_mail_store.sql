-- The mail store. Content is stored once per distinct message (content-addressed by SHA-256)
-- and shared by every recipient's copy; each copy is a row in one folder of one account, with
-- its IMAP identity (uid, modseq) and state (flags). What IMAP asks for often (envelope fields)
-- is parsed once at delivery and kept in `summary`.

CREATE TABLE message_contents (
    id              uuid PRIMARY KEY,
    sha256          bytea NOT NULL UNIQUE,
    size            bigint NOT NULL CHECK (size >= 0),
    body            bytea NOT NULL,
    summary         jsonb NOT NULL,
    -- Message rows and queue entries that point here; content with none left may be dropped.
    refs            bigint NOT NULL DEFAULT 0 CHECK (refs >= 0),
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Folders per account; special-use folders are made on first use.
CREATE TABLE folders (
    id              uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name            text NOT NULL,
    special_use     text CHECK (special_use IN ('inbox', 'sent', 'drafts', 'trash', 'junk')),
    uid_validity    bigint NOT NULL,
    uid_next        bigint NOT NULL DEFAULT 1,
    highest_modseq  bigint NOT NULL DEFAULT 1,
    message_count   bigint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (account_id, name)
);
CREATE UNIQUE INDEX folders_special_use ON folders (account_id, special_use) WHERE special_use IS NOT NULL;

-- One copy of a message in one folder.
CREATE TABLE messages (
    id              uuid PRIMARY KEY,
    folder_id       uuid NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    account_id      uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    uid             bigint NOT NULL,
    content_id      uuid NOT NULL REFERENCES message_contents(id),
    size            bigint NOT NULL,
    -- IMAP system flags (\Seen \Answered \Flagged \Deleted \Draft) and keywords.
    flags           text[] NOT NULL DEFAULT '{}',
    internal_date   timestamptz NOT NULL DEFAULT now(),
    modseq          bigint NOT NULL,
    -- The envelope as received: MAIL FROM (NULL for <>) and the recipient this copy is for.
    envelope_from   text,
    envelope_to     text NOT NULL,
    UNIQUE (folder_id, uid)
);
CREATE INDEX messages_account ON messages (account_id);
CREATE INDEX messages_content ON messages (content_id);

-- Mail for recipients outside the server's domains, waiting for outbound delivery.
CREATE TABLE outbound_queue (
    id              uuid PRIMARY KEY,
    content_id      uuid NOT NULL REFERENCES message_contents(id),
    envelope_from   text,
    recipients      text[] NOT NULL,
    -- DSN parameters given with the message (RET, ENVID, per-recipient NOTIFY/ORCPT).
    dsn             jsonb NOT NULL DEFAULT '{}',
    status          text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'deferred', 'failed', 'done')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbound_queue_due ON outbound_queue (next_attempt_at) WHERE status IN ('queued', 'deferred');
