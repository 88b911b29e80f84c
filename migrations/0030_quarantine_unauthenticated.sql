-- Issue 17: a failed sender check (DMARC, SPF, DKIM) whose action is `quarantine` holds the
-- message there, under its own reason.
ALTER TABLE quarantine DROP CONSTRAINT quarantine_reason_check;
ALTER TABLE quarantine ADD CONSTRAINT quarantine_reason_check
    CHECK (reason IN ('spam', 'virus', 'outbound', 'unauthenticated'));
