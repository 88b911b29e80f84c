-- Issue 18: the spam filter's DNS blocklists (server-wide; the filter's settings themselves are
-- a server setting, key 'spam').
CREATE TABLE spam_blocklists (
    id uuid PRIMARY KEY,
    zone text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('ip', 'domain')),
    action text NOT NULL CHECK (action IN ('reject', 'score')),
    score double precision NOT NULL DEFAULT 2,
    description text NOT NULL DEFAULT '',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (zone, kind)
);
