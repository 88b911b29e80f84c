-- Webhooks (issue 23): the audit trail's events reach subscriptions without a trigger on the
-- provisioning path. Each audit row carries the id of the transaction that wrote it; the
-- fan-out (one node at a time) reads the rows of transactions that have finished, in
-- (transaction, id) order after its cursor, and writes their events and deliveries. A row of a
-- transaction still running when the fan-out looks has a transaction id at or above the
-- snapshot's xmin, so it is read on a later pass: none is skipped, whatever the commit order.
DROP TRIGGER audit_events_to_webhooks ON audit_events;
DROP FUNCTION audit_events_to_webhooks();

-- Added without a default first, so the table is not rewritten: older rows stay NULL (their
-- events, if any, were written by the trigger).
ALTER TABLE audit_events ADD COLUMN xact xid8;
ALTER TABLE audit_events ALTER COLUMN xact SET DEFAULT pg_current_xact_id();
CREATE INDEX audit_events_xact ON audit_events (xact, id) WHERE xact IS NOT NULL;

-- Where the fan-out is: the last audit row it has passed. One row.
CREATE TABLE webhook_fanout (
    one   boolean PRIMARY KEY DEFAULT true CHECK (one),
    xact  xid8 NOT NULL,
    id    bigint NOT NULL
);
INSERT INTO webhook_fanout (xact, id) VALUES ('0'::xid8, 0);

-- One pass: the events of up to `batch` audit rows of finished transactions after the cursor,
-- for every enabled subscription of their subtree that asked for their type; the cursor moves
-- past them. Returns how many rows it passed (the caller loops while it gets a full batch).
CREATE FUNCTION webhook_fan_out(batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    cursor_xact xid8;
    cursor_id bigint;
    passed integer;
    last_xact xid8;
    last_id bigint;
BEGIN
    SELECT f.xact, f.id INTO cursor_xact, cursor_id FROM webhook_fanout f FOR UPDATE;
    SELECT count(*), (array_agg(b.xact ORDER BY b.xact DESC, b.id DESC))[1],
           (array_agg(b.id ORDER BY b.xact DESC, b.id DESC))[1]
      INTO passed, last_xact, last_id
      FROM (SELECT a.xact, a.id FROM audit_events a
             WHERE a.xact IS NOT NULL AND (a.xact, a.id) > (cursor_xact, cursor_id)
               AND a.xact < pg_snapshot_xmin(pg_current_snapshot())
             ORDER BY a.xact, a.id LIMIT batch) b;
    IF passed = 0 THEN
        RETURN 0;
    END IF;
    -- Every row up to the last one is of a finished transaction: the range is the batch.
    UPDATE webhook_fanout SET xact = last_xact, id = last_id;
    IF NOT EXISTS (SELECT 1 FROM webhooks WHERE enabled) THEN
        RETURN passed;
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
          FROM audit_events n
         WHERE n.xact IS NOT NULL AND (n.xact, n.id) > (cursor_xact, cursor_id)
           AND (n.xact, n.id) <= (last_xact, last_id)
           AND n.object_kind IN ('tenant', 'domain', 'account', 'alias', 'group')
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
    RETURN passed;
END $$;
