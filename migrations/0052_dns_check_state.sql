-- Issue 23: the last DNS check of each domain, record by record, so a check that finds a record
-- in another state than the last one is announced (`domain.dns_check_changed`); the monitor
-- checks every domain again once a day.
CREATE TABLE domain_dns_checks (
    domain_id   uuid PRIMARY KEY REFERENCES domains(id) ON DELETE CASCADE,
    -- {"<type> <name> <value>": "ok" | "missing" | "different"}; a lookup that failed keeps
    -- what was known.
    records     jsonb NOT NULL,
    checked_at  timestamptz NOT NULL
);
CREATE INDEX domain_dns_checks_due ON domain_dns_checks (checked_at);
