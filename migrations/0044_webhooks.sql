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
-- records is announced in its own transaction, whichever module made it.
CREATE FUNCTION audit_event_to_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    verb text := split_part(NEW.action, '.', 2);
    event_type text;
BEGIN
    IF NEW.object_kind NOT IN ('tenant', 'domain', 'account', 'alias', 'group') THEN
        RETURN NULL;
    END IF;
    event_type := NEW.object_kind || '.' || CASE
        WHEN verb = 'create' THEN 'created'
        WHEN verb = 'delete' THEN 'deleted'
        WHEN NEW.changes->>'status' = 'suspended' THEN 'suspended'
        ELSE 'updated' END;
    PERFORM webhook_emit(NEW.tenant_path, event_type, jsonb_strip_nulls(jsonb_build_object(
        'id', NEW.object_id, 'kind', NEW.object_kind, 'domainId', NEW.domain_id,
        'action', NEW.action, 'actor', NEW.actor, 'changes', NEW.changes)));
    RETURN NULL;
END $$;

CREATE TRIGGER audit_events_to_webhooks AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_event_to_webhook();
