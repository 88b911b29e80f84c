-- Issue 18: the spam filter's custom rules (Kerio's Custom Rules tab), an ordered list for the
-- server (domain_id NULL) and one per domain, run top-down on every message from outside.
CREATE TABLE spam_rules (
    id uuid PRIMARY KEY,
    domain_id uuid REFERENCES domains (id) ON DELETE CASCADE,
    position integer NOT NULL,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    enabled boolean NOT NULL DEFAULT true,
    target text NOT NULL CHECK (target IN ('header', 'from', 'to', 'body', 'size', 'attachmentName')),
    header text,
    test text NOT NULL CHECK (test IN ('contains', 'matches', 'exists', 'missing', 'isEmpty',
                                       'containsAddress', 'containsDomain', 'above')),
    value text NOT NULL DEFAULT '',
    action text NOT NULL CHECK (action IN ('score', 'spam', 'notSpam', 'reject', 'discard')),
    score double precision NOT NULL DEFAULT 0,
    stop boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX spam_rules_order ON spam_rules (domain_id, position, id);
