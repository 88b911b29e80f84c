-- Named groups of IP addresses (addresses, ranges, networks, and other groups), used by relay
-- control, the security options' exemption and, later, service access.
CREATE TABLE ip_groups (
    id              uuid PRIMARY KEY,
    name            text NOT NULL,
    description     text NOT NULL DEFAULT '',
    -- [{"value": "10.0.0.0/8" | "192.0.2.1" | "192.0.2.1-192.0.2.9", "description": ""} |
    --  {"groupId": "<uuid>", "description": ""}]
    entries         jsonb NOT NULL DEFAULT '[]',
    -- The groups named in `entries`, for cycle checks and guarded deletes.
    nested          uuid[] NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ip_groups_name ON ip_groups (lower(name));
