-- Issue 18, Build 11: per-day counters, the one table family for statistics (the filter's now;
-- traffic and usage later). `scope` is a domain id, or the nil uuid for mail of no hosted domain.
CREATE TABLE daily_counters (
    day date NOT NULL,
    scope uuid NOT NULL,
    name text NOT NULL,
    value bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (day, scope, name)
);
