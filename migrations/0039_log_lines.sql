-- The server's logs (issue 22), in Kerio's families: mail (receptions, deliveries, bounces),
-- security (logins, refused relays), warning, error, spam (filter verdicts), operations
-- (messages deleted and moved, by whom and from where) and debug (components switched on at
-- run time). Written in batches from the process's structured events; kept per family for
-- the retention the log settings give. The admin audit trail stays in audit_events.
CREATE TABLE log_lines (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    family      text NOT NULL CHECK (family IN
                    ('mail', 'security', 'warning', 'error', 'spam', 'operations', 'debug')),
    text        text NOT NULL,              -- the line as read
    fields      jsonb NOT NULL,             -- the event's fields, by name
    message_id  text,                       -- the Message-ID the line is about, without <>
    account     text,                       -- the account acting or concerned (an address)
    addresses   text[] NOT NULL DEFAULT '{}',  -- every address on the line, lower-cased
    domains     text[] NOT NULL DEFAULT '{}'   -- the domains whose administrators see it
);

CREATE INDEX log_lines_family ON log_lines (family, id);
-- Lines arrive in time order: a BRIN index serves retention and time ranges at almost no
-- cost per insert.
CREATE INDEX log_lines_at ON log_lines USING brin (at);
CREATE INDEX log_lines_message_id ON log_lines (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX log_lines_addresses ON log_lines USING gin (addresses);
CREATE INDEX log_lines_domains ON log_lines USING gin (domains);
CREATE INDEX log_lines_account ON log_lines (account, id) WHERE account IS NOT NULL;
