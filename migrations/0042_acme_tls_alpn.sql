-- TLS-ALPN-01 (RFC 8737) beside HTTP-01 (issue 22): a challenge names the kind the order
-- chose in the ACME settings, and for TLS-ALPN-01 the DNS name it proves, which a TLS
-- handshake offering `acme-tls/1` on any node's TLS listener looks up.
ALTER TABLE acme_challenges
    ADD COLUMN kind text NOT NULL DEFAULT 'http-01' CHECK (kind IN ('http-01', 'tls-alpn-01')),
    ADD COLUMN name text;
CREATE INDEX acme_challenges_tls_alpn ON acme_challenges (name) WHERE kind = 'tls-alpn-01';
