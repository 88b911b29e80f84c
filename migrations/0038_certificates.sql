-- The server's TLS certificates (issue 22): uploaded by an operator, self-signed, or ordered
-- from an ACME CA (RFC 8555) and renewed before they expire. Every TLS listener of every node
-- chooses among them by the name a client asks for (SNI); the default one answers the rest.
CREATE TABLE certificates (
    id             uuid PRIMARY KEY,
    name           text NOT NULL,           -- the operator's label
    source         text NOT NULL CHECK (source IN ('uploaded', 'self_signed', 'acme')),
    names          text[] NOT NULL,         -- DNS names it serves (for ACME: those ordered)
    chain_pem      text,                    -- leaf first; NULL until an ACME order first succeeds
    key_sealed     text,                    -- the private key, sealed with the server's key
    subject        text,
    issuer         text,
    serial         text,
    fingerprint    text,                    -- SHA-256 of the leaf, hex
    not_before     timestamptz,
    not_after      timestamptz,
    is_default     boolean NOT NULL DEFAULT false,
    -- When the renewal worker orders (ACME) or makes (self-signed) it next; NULL: never.
    renew_at       timestamptz,
    attempts       integer NOT NULL DEFAULT 0,   -- failed orders since the last success
    last_error     text,
    last_error_at  timestamptz,
    lease_until    timestamptz,             -- a node ordering it holds it until then
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK ((chain_pem IS NULL) = (key_sealed IS NULL))
);

CREATE UNIQUE INDEX certificates_one_default ON certificates (is_default) WHERE is_default;
CREATE INDEX certificates_due ON certificates (renew_at) WHERE renew_at IS NOT NULL;
CREATE INDEX certificates_names ON certificates USING gin (names);

-- HTTP-01 challenges of orders in flight: any node's HTTP listener answers
-- /.well-known/acme-challenge/<token> from here, whichever node placed the order.
CREATE TABLE acme_challenges (
    token              text PRIMARY KEY,
    key_authorization  text NOT NULL,
    expires_at         timestamptz NOT NULL
);

-- The ACME account of each directory the server ordered from; its key sealed.
CREATE TABLE acme_accounts (
    directory_url       text PRIMARY KEY,
    credentials_sealed  text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
