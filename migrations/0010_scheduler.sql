-- The scheduler: time ranges, scheduled events and the servers this one sends ETRN to.

CREATE TABLE time_ranges (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    -- [{kind: daily|weekly|absolute, from, to, days}], see postbay_core::schedule.
    items       jsonb NOT NULL
);

CREATE TABLE scheduled_events (
    id              uuid PRIMARY KEY,
    description     text NOT NULL DEFAULT '',
    -- Every this many minutes, or daily at this time (UTC): exactly one.
    every_minutes   integer CHECK (every_minutes BETWEEN 1 AND 10080),
    at_time         time,
    time_range_id   uuid REFERENCES time_ranges(id),
    -- ["flushQueue", "sendEtrn"]
    actions         jsonb NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    next_run_at     timestamptz NOT NULL,
    last_run_at     timestamptz,
    last_result     text,
    CHECK ((every_minutes IS NULL) <> (at_time IS NULL))
);
CREATE INDEX scheduled_events_due ON scheduled_events (next_run_at) WHERE enabled;

CREATE TABLE etrn_servers (
    id              uuid PRIMARY KEY,
    host            text NOT NULL,
    port            integer NOT NULL DEFAULT 25 CHECK (port BETWEEN 1 AND 65535),
    domains         text[] NOT NULL,
    username        text,
    -- Sealed with the server's secret key (postbay_core::secrets).
    password_sealed text,
    description     text NOT NULL DEFAULT '',
    enabled         boolean NOT NULL DEFAULT true,
    last_run_at     timestamptz,
    last_result     text
);
