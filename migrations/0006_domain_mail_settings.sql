-- Per-domain mail settings: the footer added to mail sent from the domain and whether copies
-- delivered through a pattern alias or the catch-all carry X-Envelope-To. One JSON value, read
-- by delivery with the domain's other limits; the core validates its shape.
ALTER TABLE domains ADD COLUMN mail_settings jsonb NOT NULL DEFAULT '{}';
