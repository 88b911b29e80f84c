-- Delivery's Sieve stage (issue 21). Vacation replies sent (RFC 5230 4.2): one row per
-- account, reply handle and sender, so a sender hears the same out-of-office reply once
-- per period, whichever node delivered the mail. Rows older than the longest period are removed as replies are recorded.
CREATE TABLE vacation_replies (
    account_id  uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    handle      text NOT NULL,  -- SHA-256 of the reply's handle, hex
    sender      text NOT NULL,
    replied_at  timestamptz NOT NULL,
    PRIMARY KEY (account_id, handle, sender)
);

CREATE INDEX vacation_replies_age ON vacation_replies (account_id, replied_at);

-- A domain's own Sieve scripts, set by its administrators (as Pigeonhole's sieve_before and
-- sieve_after): run before and after each user's script at delivery, as one execution.
CREATE TABLE domain_sieve_scripts (
    domain_id   uuid NOT NULL REFERENCES domains (id) ON DELETE CASCADE,
    stage       text NOT NULL CHECK (stage IN ('before', 'after')),
    content     text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (domain_id, stage)
);

-- The rule form of each account (the Kerio-shaped filter rules a control panel edits) and its
-- out-of-office settings. Both compile into one generated Sieve script (`postbay-filters` in
-- sieve_scripts), which is what delivery runs.
CREATE TABLE account_filters (
    account_id  uuid PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    rules       jsonb NOT NULL DEFAULT '[]',
    vacation    jsonb,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The last time delivery could not run an account's active script, and why: what the user
-- (and the API) is shown, since the message was kept in the Inbox instead.
ALTER TABLE sieve_scripts ADD COLUMN last_error text, ADD COLUMN last_error_at timestamptz;
