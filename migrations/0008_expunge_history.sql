-- The history of expunges (for QRESYNC's VANISHED) is kept for a while, then pruned: each
-- folder remembers from which modseq on its history is complete.
ALTER TABLE expunged_messages ADD COLUMN expunged_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX expunged_messages_expunged_at ON expunged_messages (expunged_at);
ALTER TABLE folders ADD COLUMN expunge_history_from bigint NOT NULL DEFAULT 0;
