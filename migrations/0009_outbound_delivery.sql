-- Outbound delivery: each queued message keeps one row per recipient with its own state, so
-- recipients of one message can be delivered, retried and reported separately, and workers in
-- any number of postbay processes claim them with FOR UPDATE SKIP LOCKED.

ALTER TABLE outbound_queue
    -- Bytes of the content (for SIZE, filters and the status page without reading it).
    ADD COLUMN size bigint NOT NULL DEFAULT 0,
    -- The delay warning went out (once per message).
    ADD COLUMN warned_at timestamptz,
    -- A process is writing the sender's report until then; how many times one was tried.
    ADD COLUMN report_claimed_until timestamptz,
    ADD COLUMN report_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE outbound_queue DROP CONSTRAINT IF EXISTS outbound_queue_status_check;
DROP INDEX IF EXISTS outbound_queue_due;
UPDATE outbound_queue q SET size = c.size FROM message_contents c WHERE c.id = q.content_id;

CREATE TABLE outbound_recipients (
    queue_id        uuid NOT NULL REFERENCES outbound_queue(id) ON DELETE CASCADE,
    -- Order in the envelope.
    position        integer NOT NULL,
    address         text NOT NULL,
    -- The routing key: the address's domain, lowercased.
    domain          text NOT NULL,
    -- queued: waiting for its first attempt; deferred: a temporary failure, retried at
    -- next_attempt_at; sending: claimed by the process in claimed_by (when that process stops
    -- sending heartbeats, its claims are taken back); held: waits for ETRN, a scheduled flush
    -- or an administrator; delivered and failed are final.
    status          text NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'deferred', 'sending', 'held', 'delivered', 'failed')),
    -- Who holds a 'held' recipient: 'admin' (released by an administrator only), 'etrn' (the
    -- domain's host asks with ETRN, or a flush), 'schedule' (a scheduled flush, or ETRN).
    held_for        text CHECK (held_for IN ('admin', 'etrn', 'schedule')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- The process delivering it while 'sending' (see delivery_processes).
    claimed_by      uuid,
    last_attempt_at timestamptz,
    -- The last reply or error, as the sender's report would quote it.
    last_reply      text,
    -- Enhanced status code (RFC 3463) of the final outcome or the last failure.
    status_code     text,
    remote_host     text,
    -- DSN: NOTIFY values (empty = the default: failures and delays) and ORCPT.
    notify          text[] NOT NULL DEFAULT '{}',
    orcpt           text,
    -- A failure (or a success asked for with NOTIFY=SUCCESS) the sender has been told of.
    reported        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (queue_id, position),
    CHECK ((status = 'held') = (held_for IS NOT NULL))
);
CREATE INDEX outbound_recipients_due ON outbound_recipients (next_attempt_at)
    WHERE status IN ('queued', 'deferred');
CREATE INDEX outbound_recipients_domain ON outbound_recipients (domain)
    WHERE status IN ('queued', 'deferred', 'held');
CREATE INDEX outbound_recipients_unreported ON outbound_recipients (queue_id)
    WHERE status IN ('delivered', 'failed') AND NOT reported;

-- The postbay processes delivering: a process whose heartbeat stops (a crash) loses its claims.
CREATE TABLE delivery_processes (
    id              uuid PRIMARY KEY,
    heartbeat_at    timestamptz NOT NULL
);
CREATE INDEX outbound_recipients_claimed ON outbound_recipients (claimed_by) WHERE status = 'sending';

-- Every attempt for a recipient: the queue view's history.
CREATE TABLE outbound_attempts (
    queue_id        uuid NOT NULL,
    position        integer NOT NULL,
    attempted_at    timestamptz NOT NULL DEFAULT now(),
    remote_host     text,
    reply           text NOT NULL,
    outcome         text NOT NULL CHECK (outcome IN ('delivered', 'deferred', 'held', 'failed')),
    FOREIGN KEY (queue_id, position) REFERENCES outbound_recipients(queue_id, position) ON DELETE CASCADE
);
CREATE INDEX outbound_attempts_recipient ON outbound_attempts (queue_id, position);

-- Entries queued before this migration: one recipient row each.
INSERT INTO outbound_recipients (queue_id, position, address, domain)
SELECT q.id, r.n::integer, r.address, lower(split_part(r.address, '@', 2))
FROM outbound_queue q, unnest(q.recipients) WITH ORDINALITY AS r(address, n);
ALTER TABLE outbound_queue DROP COLUMN recipients, DROP COLUMN status, DROP COLUMN attempts,
    DROP COLUMN next_attempt_at;
