-- DKIM keys of the domains Postbay hosts (issue 17). A key is `pending` (published, not yet
-- signing), `active` (signs; at most one per algorithm and domain) or `retired` (signs no
-- more, stays published for the mail-auth settings' retention so mail already signed with it
-- still verifies). Private keys are sealed with the server's secret key, like relay passwords.
CREATE TABLE dkim_keys (
    id          uuid PRIMARY KEY,
    domain_id   uuid NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
    selector    text NOT NULL CHECK (selector ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$'),
    algorithm   text NOT NULL CHECK (algorithm IN ('ed25519', 'rsa')),
    status      text NOT NULL CHECK (status IN ('pending', 'active', 'retired')),
    private_key text NOT NULL,
    public_key  bytea NOT NULL,
    imported    boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    activated_at timestamptz,
    retired_at  timestamptz,
    UNIQUE (domain_id, selector)
);
CREATE UNIQUE INDEX dkim_keys_one_active ON dkim_keys (domain_id, algorithm) WHERE status = 'active';

-- The name a queued message is DKIM-signed as when it leaves (a hosted domain or domain
-- alias its sender may send as); null: not signed. Decided by the pipeline, signed by the
-- workers with the keys active at the time.
ALTER TABLE outbound_queue ADD COLUMN dkim_domain text;

-- A domain's own answers to failed sender checks, over the server's mail-auth settings.
CREATE TABLE domain_mail_auth_policies (
    domain_id  uuid PRIMARY KEY REFERENCES domains(id) ON DELETE CASCADE,
    policy     jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
