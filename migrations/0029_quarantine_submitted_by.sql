-- Issue 17/18: a user's outgoing mail held in the quarantine remembers who submitted it, so a
-- release sends it as that submission (DKIM-signed as its From domain when the account may
-- send as it), not as anonymous trusted mail.
ALTER TABLE quarantine ADD COLUMN submitted_by uuid REFERENCES accounts (id) ON DELETE SET NULL;
-- Deleting an account looks its held mail up here (ON DELETE SET NULL), not by a scan.
CREATE INDEX quarantine_submitted_by ON quarantine (submitted_by) WHERE submitted_by IS NOT NULL;
