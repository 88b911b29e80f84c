-- Issue 18: sender domains that proved themselves from a client network (a message passed
-- SPF for the envelope sender's domain and DMARC): their new triplets skip greylisting.
CREATE TABLE greylist_proven_senders (
    network text NOT NULL,
    domain text NOT NULL,
    proven_at timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network, domain)
);
CREATE INDEX greylist_proven_senders_last_seen ON greylist_proven_senders (last_seen);
