-- The directory: tenants, domains, accounts, groups, aliases, templates; access (API keys,
-- refresh sessions, lockouts); audit log and idempotency records; server settings.
-- Names are stored normalised (lower case, A-labels) so equality is plain `=`.

CREATE TABLE server_settings (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Tenants form a tree: server -> reseller -> customer. `ancestors` holds every tenant id from
-- the root down to and including this one, so "is X inside the subtree of T" is `T = ANY(ancestors)`.
CREATE TABLE tenants (
    id                  uuid PRIMARY KEY,
    parent_id           uuid REFERENCES tenants(id),
    ancestors           uuid[] NOT NULL,
    kind                text NOT NULL CHECK (kind IN ('server', 'reseller', 'customer')),
    name                text NOT NULL,
    status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'disabled')),
    external_id         text,
    max_domains         bigint CHECK (max_domains >= 0),
    max_accounts        bigint CHECK (max_accounts >= 0),
    max_aliases         bigint CHECK (max_aliases >= 0),
    max_groups          bigint CHECK (max_groups >= 0),
    max_storage_bytes   bigint CHECK (max_storage_bytes >= 0),
    -- Counters of the whole subtree, kept in the same transaction as every change.
    domain_count        bigint NOT NULL DEFAULT 0,
    account_count       bigint NOT NULL DEFAULT 0,
    alias_count         bigint NOT NULL DEFAULT 0,
    group_count         bigint NOT NULL DEFAULT 0,
    storage_bytes       bigint NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tenants_one_root ON tenants ((true)) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX tenants_sibling_name ON tenants (parent_id, lower(name));
CREATE INDEX tenants_ancestors ON tenants USING gin (ancestors);
CREATE INDEX tenants_external_id ON tenants (external_id) WHERE external_id IS NOT NULL;

CREATE TABLE domains (
    id                      uuid PRIMARY KEY,
    tenant_id               uuid NOT NULL REFERENCES tenants(id),
    name                    text COLLATE "C" NOT NULL UNIQUE,
    description             text NOT NULL DEFAULT '',
    status                  text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'disabled')),
    is_primary              boolean NOT NULL DEFAULT false,
    external_id             text,
    max_accounts            bigint CHECK (max_accounts >= 0),
    max_aliases             bigint CHECK (max_aliases >= 0),
    default_quota_bytes     bigint NOT NULL DEFAULT 0 CHECK (default_quota_bytes >= 0),
    max_quota_bytes         bigint CHECK (max_quota_bytes >= 0),
    max_message_size        bigint NOT NULL DEFAULT 0 CHECK (max_message_size >= 0),
    account_count           bigint NOT NULL DEFAULT 0,
    alias_count             bigint NOT NULL DEFAULT 0,
    group_count             bigint NOT NULL DEFAULT 0,
    storage_bytes           bigint NOT NULL DEFAULT 0,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX domains_one_primary ON domains ((true)) WHERE is_primary;
CREATE INDEX domains_tenant ON domains (tenant_id, name);

-- Every name mail can be addressed to: domain names and domain aliases share one namespace.
CREATE TABLE mail_domain_names (
    name        text COLLATE "C" PRIMARY KEY,
    domain_id   uuid NOT NULL REFERENCES domains(id) ON DELETE CASCADE,
    is_alias    boolean NOT NULL,
    id          uuid NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mail_domain_names_domain ON mail_domain_names (domain_id);

CREATE TABLE accounts (
    id                          uuid PRIMARY KEY,
    domain_id                   uuid NOT NULL REFERENCES domains(id),
    login                       text COLLATE "C" NOT NULL,
    full_name                   text NOT NULL DEFAULT '',
    description                 text NOT NULL DEFAULT '',
    password_hash               text,
    status                      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'disabled')),
    quota_bytes                 bigint NOT NULL DEFAULT 0 CHECK (quota_bytes >= 0),
    quota_messages              bigint NOT NULL DEFAULT 0 CHECK (quota_messages >= 0),
    used_bytes                  bigint NOT NULL DEFAULT 0,
    used_messages               bigint NOT NULL DEFAULT 0,
    admin_role                  text NOT NULL DEFAULT 'none' CHECK (admin_role IN ('none', 'server_read_only', 'server_read_write')),
    domain_admin                boolean NOT NULL DEFAULT false,
    tenant_admin_of             uuid REFERENCES tenants(id),
    publish_in_address_list     boolean NOT NULL DEFAULT true,
    local_only                  boolean NOT NULL DEFAULT false,
    max_outgoing_message_size   bigint NOT NULL DEFAULT 0 CHECK (max_outgoing_message_size >= 0),
    forward_to                  text[] NOT NULL DEFAULT '{}',
    forward_keep_copy           boolean NOT NULL DEFAULT true,
    external_id                 text,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (domain_id, login)
);
-- Logins are lower-case ASCII: with the C collation one b-tree serves both prefix search and order.
CREATE INDEX accounts_login ON accounts (login, id);
CREATE INDEX accounts_full_name_prefix ON accounts (lower(full_name) text_pattern_ops);
CREATE INDEX accounts_admins ON accounts (admin_role) WHERE admin_role <> 'none';
CREATE INDEX accounts_tenant_admins ON accounts (tenant_admin_of) WHERE tenant_admin_of IS NOT NULL;

CREATE TABLE groups (
    id                          uuid PRIMARY KEY,
    domain_id                   uuid NOT NULL REFERENCES domains(id),
    name                        text NOT NULL,
    description                 text NOT NULL DEFAULT '',
    admin_role                  text NOT NULL DEFAULT 'none' CHECK (admin_role IN ('none', 'server_read_only', 'server_read_write')),
    domain_admin                boolean NOT NULL DEFAULT false,
    publish_in_address_list     boolean NOT NULL DEFAULT false,
    local_only                  boolean NOT NULL DEFAULT false,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX groups_name ON groups (domain_id, lower(name));

CREATE TABLE group_members (
    group_id    uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    account_id  uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_members_account ON group_members (account_id);

-- The addresses that belong to exactly one account or group of a domain: each account's login,
-- its extra addresses, and group addresses. One local part names one owner.
CREATE TABLE owned_addresses (
    domain_id   uuid NOT NULL REFERENCES domains(id),
    local_part  text COLLATE "C" NOT NULL,
    account_id  uuid REFERENCES accounts(id) ON DELETE CASCADE,
    group_id    uuid REFERENCES groups(id) ON DELETE CASCADE,
    is_login    boolean NOT NULL DEFAULT false,
    PRIMARY KEY (domain_id, local_part),
    CHECK ((account_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX owned_addresses_account ON owned_addresses (account_id) WHERE account_id IS NOT NULL;
CREATE INDEX owned_addresses_group ON owned_addresses (group_id) WHERE group_id IS NOT NULL;

-- Aliases: a local-part pattern (`*` and `?` allowed) delivering to a target address. Several
-- rows may share a name; every target receives.
CREATE TABLE aliases (
    id              uuid PRIMARY KEY,
    domain_id       uuid NOT NULL REFERENCES domains(id),
    name            text COLLATE "C" NOT NULL,
    is_pattern      boolean NOT NULL,
    target          text NOT NULL,
    description     text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (domain_id, name, target)
);
CREATE INDEX aliases_name ON aliases (domain_id, name, id);
CREATE INDEX aliases_patterns ON aliases (domain_id) WHERE is_pattern;

-- Templates: account defaults, owned by a tenant (usable in all of its domains) or one domain.
CREATE TABLE user_templates (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants(id),
    domain_id   uuid REFERENCES domains(id),
    name        text NOT NULL,
    description text NOT NULL DEFAULT '',
    defaults    jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_templates_name ON user_templates (tenant_id, COALESCE(domain_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

CREATE TABLE api_keys (
    id              uuid PRIMARY KEY,
    name            text NOT NULL,
    prefix          text NOT NULL UNIQUE,
    secret_hash     bytea NOT NULL,
    scope           text NOT NULL CHECK (scope IN ('server', 'tenant', 'domain')),
    tenant_id       uuid REFERENCES tenants(id) ON DELETE CASCADE,
    domain_id       uuid REFERENCES domains(id) ON DELETE CASCADE,
    read_only       boolean NOT NULL,
    allowed_ips     text[] NOT NULL DEFAULT '{}',
    owner_tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_used_at    timestamptz,
    CHECK ((scope = 'server') = (tenant_id IS NULL AND domain_id IS NULL)),
    CHECK ((scope = 'tenant') = (tenant_id IS NOT NULL)),
    CHECK ((scope = 'domain') = (domain_id IS NOT NULL))
);

CREATE TABLE refresh_tokens (
    id              uuid PRIMARY KEY,
    account_id      uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    token_hash      bytea NOT NULL UNIQUE,
    expires_at      timestamptz NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_account ON refresh_tokens (account_id);

-- Failed logins per source address; `locked_until` in the future means the address is locked.
CREATE TABLE login_failures (
    address         text PRIMARY KEY,
    failures        integer NOT NULL,
    first_failed_at timestamptz NOT NULL,
    locked_until    timestamptz
);

CREATE TABLE audit_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    actor_ip    text,
    action      text NOT NULL,
    object_kind text NOT NULL,
    object_id   uuid,
    tenant_path uuid[] NOT NULL,
    domain_id   uuid,
    changes     jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_tenant ON audit_events USING gin (tenant_path);
CREATE INDEX audit_events_domain ON audit_events (domain_id, id) WHERE domain_id IS NOT NULL;
CREATE INDEX audit_events_object ON audit_events (object_id, id);

CREATE TABLE idempotency_records (
    principal       text NOT NULL,
    key             text NOT NULL,
    request_hash    bytea NOT NULL,
    status_code     integer,
    response_body   bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, key)
);
