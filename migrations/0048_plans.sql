-- Service plans (issue 23): named sets of limits owned by a tenant, assigned to the tenants,
-- domains and accounts below it. Assigning a plan copies its limits onto the node in one
-- transaction (the node's own limit columns stay what every check reads); changing a plan
-- applies it again to every node on it.
CREATE TABLE plans (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    level       text NOT NULL CHECK (level IN ('tenant', 'domain', 'account')),
    limits      jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX plans_name ON plans (tenant_id, lower(name));

ALTER TABLE tenants ADD COLUMN plan_id uuid REFERENCES plans(id);
ALTER TABLE domains ADD COLUMN plan_id uuid REFERENCES plans(id);
ALTER TABLE accounts ADD COLUMN plan_id uuid REFERENCES plans(id);
CREATE INDEX tenants_plan ON tenants (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX domains_plan ON domains (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX accounts_plan ON accounts (plan_id) WHERE plan_id IS NOT NULL;
