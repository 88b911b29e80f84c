-- Webhooks (issue 23): tenants subscribe URLs to event types; events are written to a durable
-- outbox in the transaction of the change, fanned out to one delivery per subscription, and
-- sent (signed as the Standard Webhooks specification says) by the delivery workers of every
-- node, at least once, with retries for 24 hours.

-- A subscription. Its tenant receives the events of its own subtree only; the server tenant's
-- subscriptions are the server-wide ones.
CREATE TABLE webhooks (
    id                       uuid PRIMARY KEY,
    tenant_id                uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    url                      text NOT NULL,
    events                   text[] NOT NULL,
    description              text NOT NULL DEFAULT '',
    enabled                  boolean NOT NULL DEFAULT true,
    -- Why the server turned it off (persistent failure); NULL when enabled or turned off by hand.
    disabled_reason          text,
    -- Sealed (server/secrets): the signing secret, and the one it replaced while that is
    -- still honoured after a rotation.
    secret                   text NOT NULL,
    previous_secret          text,
    previous_secret_until    timestamptz,
    -- Since when every delivery has failed (NULL: the last one succeeded).
    failing_since            timestamptz,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_tenant ON webhooks (tenant_id);
CREATE INDEX webhooks_events ON webhooks USING gin (events) WHERE enabled;

-- What happened, once per event whoever receives it. `id` is the Standard Webhooks message id.
CREATE TABLE webhook_events (
    id           uuid PRIMARY KEY,
    tenant_path  uuid[] NOT NULL,
    type         text NOT NULL,
    data         jsonb NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);

-- One event for one subscription: the outbox the workers drain.
CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    webhook_id       uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event_id         uuid NOT NULL REFERENCES webhook_events(id) ON DELETE CASCADE,
    state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    -- A worker that took it holds it until then, under its claim; after a crash another takes
    -- it again, and only the claim that sent an attempt records it.
    claimed_until    timestamptz,
    claimed_by       uuid,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (webhook_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);

-- Records an event for every enabled subscription of its subtree that asked for its type, in
-- the caller's transaction; nothing is written when nobody subscribed. `only_webhook` sends it
-- to that one subscription instead, whatever types it asked for (a ping). Returns the event's id, or NULL when nobody receives it.
CREATE FUNCTION webhook_emit(path uuid[], event_type text, payload jsonb, only_webhook uuid DEFAULT NULL)
RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
    event uuid;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks w
                   WHERE w.enabled AND w.tenant_id = ANY(path)
                     AND CASE WHEN only_webhook IS NULL THEN w.events @> ARRAY[event_type]
                              ELSE w.id = only_webhook END) THEN
        RETURN NULL;
    END IF;
    event := gen_random_uuid();
    INSERT INTO webhook_events (id, tenant_path, type, data) VALUES (event, path, event_type, payload);
    INSERT INTO webhook_deliveries (id, webhook_id, event_id)
    SELECT gen_random_uuid(), w.id, event FROM webhooks w
     WHERE w.enabled AND w.tenant_id = ANY(path)
       AND CASE WHEN only_webhook IS NULL THEN w.events @> ARRAY[event_type]
                ELSE w.id = only_webhook END;
    PERFORM pg_notify('postbay_webhooks', '');
    RETURN event;
END $$;

-- The directory's changes reach subscribers through the audit trail, so every change the API
-- records is announced in its own transaction, whichever module made it. One pass per
-- statement (a bulk creation audits hundreds of rows in one INSERT): set-based, and nothing
-- at all is done while no subscription is enabled.
CREATE FUNCTION audit_events_to_webhooks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM webhooks WHERE enabled) THEN
        RETURN NULL;
    END IF;
    WITH typed AS (
        SELECT n.tenant_path, n.at,
               n.object_kind || '.' || CASE
                   WHEN split_part(n.action, '.', 2) = 'create' THEN 'created'
                   WHEN split_part(n.action, '.', 2) = 'delete' THEN 'deleted'
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

CREATE TRIGGER audit_events_to_webhooks AFTER INSERT ON audit_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_events_to_webhooks();
