-- Issue 18: the attachment filter (Kerio's Attachment Filter), an ordered list of file name
-- patterns and MIME types for the server (domain_id NULL) and one per domain.
CREATE TABLE attachment_rules (
    id uuid PRIMARY KEY,
    domain_id uuid REFERENCES domains (id) ON DELETE CASCADE,
    position integer NOT NULL,
    pattern text NOT NULL,
    action text NOT NULL CHECK (action IN ('block', 'remove', 'accept')),
    description text NOT NULL DEFAULT '',
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachment_rules_order ON attachment_rules (domain_id, position, id);
