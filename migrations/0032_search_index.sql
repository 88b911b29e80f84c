-- Issue 20: what IMAP clients fetch for every message, and a search index, kept per stored
-- content (shared by every copy) and filled after the delivery commit by the background
-- indexer (postbay-search). A content is `indexed` once its row here is written, in the same
-- transaction; until then searches read the content itself, so nothing is missed.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE content_index (
    content_id          uuid PRIMARY KEY REFERENCES message_contents(id) ON DELETE CASCADE,
    -- The header block, blank line included (BODY[HEADER], HEADER.FIELDS, RFC822.HEADER).
    header              bytea NOT NULL,
    -- ENVELOPE, BODY and BODYSTRUCTURE in IMAP's syntax.
    envelope            bytea NOT NULL,
    body_structure      bytea NOT NULL,
    body_structure_ext  bytea NOT NULL,
    -- Lower-cased search text: one "name: value" line per header field (raw and decoded), and
    -- the decoded text of the body (text parts, HTML as text, nested messages, file names).
    header_text         text NOT NULL,
    body_text           text NOT NULL,
    -- The day of the Date field as written (SENTBEFORE/SENTON/SENTSINCE).
    sent_on             date
);
CREATE INDEX content_index_header_text ON content_index USING gin (header_text gin_trgm_ops);
CREATE INDEX content_index_body_text ON content_index USING gin (body_text gin_trgm_ops);

-- Contents waiting for the indexer: a small partial index, empty once it has caught up.
ALTER TABLE message_contents ADD COLUMN indexed boolean NOT NULL DEFAULT false;
CREATE INDEX message_contents_unindexed ON message_contents (created_at) WHERE NOT indexed;
