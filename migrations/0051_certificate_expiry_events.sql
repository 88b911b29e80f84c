-- Issue 23: a certificate that will expire within 14 days and is not being renewed is announced
-- to the server-wide webhooks (`certificate.expiring`) once a day, whichever node sees it.
ALTER TABLE certificates ADD COLUMN expiry_announced_at timestamptz;
