-- Issue 18: a release claims its entry before it delivers, so two releases (or a release
-- and a delete) at once deliver it once; a claim left by a process that died expires.
-- Entries of recipients in no hosted domain (a user's outgoing mail is held under the
-- user's domain; nothing else is held without one) keep a NOT NULL domain.
ALTER TABLE quarantine ADD COLUMN claimed_at timestamptz;
-- The tenant of the account that sent an outgoing entry: its recipients are routed as that
-- tenant's mail when it is released.
ALTER TABLE quarantine ADD COLUMN origin_tenant_id uuid REFERENCES tenants (id) ON DELETE CASCADE;
