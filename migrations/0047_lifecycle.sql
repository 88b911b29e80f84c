-- Lifecycle (issue 23): why a tenant, domain or account is suspended (`billing`, `abuse`,
-- `admin`), and termination: a delete makes it `pending_deletion` until `purge_after`, when the
-- lifecycle job purges it; until then it can be restored to the state it had.
-- The new checks are added NOT VALID and validated apart, so no write waits on the scan.

ALTER TABLE tenants DROP CONSTRAINT tenants_status_check;
ALTER TABLE domains DROP CONSTRAINT domains_status_check;
ALTER TABLE accounts DROP CONSTRAINT accounts_status_check;

ALTER TABLE tenants
    ADD COLUMN status_reason text, ADD COLUMN purge_after timestamptz,
    ADD COLUMN restore_status text, ADD COLUMN restore_reason text;
ALTER TABLE domains
    ADD COLUMN status_reason text, ADD COLUMN purge_after timestamptz,
    ADD COLUMN restore_status text, ADD COLUMN restore_reason text;
ALTER TABLE accounts
    ADD COLUMN status_reason text, ADD COLUMN purge_after timestamptz,
    ADD COLUMN restore_status text, ADD COLUMN restore_reason text;

-- What was suspended before reasons existed was suspended by an administrator.
UPDATE tenants SET status_reason = 'admin' WHERE status = 'suspended';
UPDATE domains SET status_reason = 'admin' WHERE status = 'suspended';
UPDATE accounts SET status_reason = 'admin' WHERE status = 'suspended';

ALTER TABLE tenants ADD CONSTRAINT tenants_lifecycle CHECK (
    status IN ('active', 'suspended', 'disabled', 'pending_deletion')
    AND (status = 'suspended') = (status_reason IS NOT NULL)
    AND status_reason IN ('billing', 'abuse', 'admin')
    AND (status = 'pending_deletion') = (purge_after IS NOT NULL)
    AND (status = 'pending_deletion') = (restore_status IS NOT NULL)
    AND (restore_status IS NOT DISTINCT FROM 'suspended') = (restore_reason IS NOT NULL)
    AND restore_status IN ('active', 'suspended', 'disabled')
    AND restore_reason IN ('billing', 'abuse', 'admin')) NOT VALID;
ALTER TABLE domains ADD CONSTRAINT domains_lifecycle CHECK (
    status IN ('active', 'suspended', 'disabled', 'pending_deletion')
    AND (status = 'suspended') = (status_reason IS NOT NULL)
    AND status_reason IN ('billing', 'abuse', 'admin')
    AND (status = 'pending_deletion') = (purge_after IS NOT NULL)
    AND (status = 'pending_deletion') = (restore_status IS NOT NULL)
    AND (restore_status IS NOT DISTINCT FROM 'suspended') = (restore_reason IS NOT NULL)
    AND restore_status IN ('active', 'suspended', 'disabled')
    AND restore_reason IN ('billing', 'abuse', 'admin')) NOT VALID;
ALTER TABLE accounts ADD CONSTRAINT accounts_lifecycle CHECK (
    status IN ('active', 'suspended', 'disabled', 'pending_deletion')
    AND (status = 'suspended') = (status_reason IS NOT NULL)
    AND status_reason IN ('billing', 'abuse', 'admin')
    AND (status = 'pending_deletion') = (purge_after IS NOT NULL)
    AND (status = 'pending_deletion') = (restore_status IS NOT NULL)
    AND (restore_status IS NOT DISTINCT FROM 'suspended') = (restore_reason IS NOT NULL)
    AND restore_status IN ('active', 'suspended', 'disabled')
    AND restore_reason IN ('billing', 'abuse', 'admin')) NOT VALID;
ALTER TABLE tenants VALIDATE CONSTRAINT tenants_lifecycle;
ALTER TABLE domains VALIDATE CONSTRAINT domains_lifecycle;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_lifecycle;

-- The purge job's queue: only what waits is indexed.
CREATE INDEX tenants_purge ON tenants (purge_after) WHERE purge_after IS NOT NULL;
CREATE INDEX domains_purge ON domains (purge_after) WHERE purge_after IS NOT NULL;
CREATE INDEX accounts_purge ON accounts (purge_after) WHERE purge_after IS NOT NULL;

-- A purge forgets the per-day counters of what it deletes.
CREATE INDEX daily_counters_scope ON daily_counters (scope);

-- Restores and purges are announced like the other changes of the audit trail.
CREATE OR REPLACE FUNCTION audit_events_to_webhooks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks WHERE enabled) THEN
        RETURN NULL;
    END IF;
    WITH typed AS (
        SELECT n.tenant_path, n.at,
               n.object_kind || '.' || CASE
                   WHEN split_part(n.action, '.', 2) = 'create' THEN 'created'
                   WHEN split_part(n.action, '.', 2) = 'delete' THEN 'deleted'
                   WHEN split_part(n.action, '.', 2) = 'restore' THEN 'restored'
                   WHEN split_part(n.action, '.', 2) = 'purge' THEN 'purged'
                   WHEN n.changes->>'status' = 'suspended' THEN 'suspended'
                   ELSE 'updated' END AS type,
               jsonb_strip_nulls(jsonb_build_object(
                   'id', n.object_id, 'kind', n.object_kind, 'domainId', n.domain_id,
                   'action', n.action, 'actor', n.actor, 'changes', n.changes)) AS data
          FROM new_rows n
         WHERE n.object_kind IN ('tenant', 'domain', 'account', 'alias', 'group')
    ), wanted AS (
        SELECT gen_random_uuid() AS id, t.* FROM typed t
         WHERE EXISTS (SELECT 1 FROM webhooks w WHERE w.enabled AND w.events @> ARRAY[t.type]
                                                  AND w.tenant_id = ANY(t.tenant_path))
    ), events AS (
        INSERT INTO webhook_events (id, tenant_path, type, data, at)
        SELECT id, tenant_path, type, data, at FROM wanted
        RETURNING id, tenant_path, type
    )
    INSERT INTO webhook_deliveries (id, webhook_id, event_id)
    SELECT gen_random_uuid(), w.id, e.id
      FROM events e JOIN webhooks w
        ON w.enabled AND w.events @> ARRAY[e.type] AND w.tenant_id = ANY(e.tenant_path);
    IF FOUND THEN
        PERFORM pg_notify('postbay_webhooks', '');
    END IF;
    RETURN NULL;
END $$;
