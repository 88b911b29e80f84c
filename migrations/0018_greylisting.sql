-- Issue 18: greylisting, shared by every process through the database. A triplet is the
-- client's network (IPv4 /24, IPv6 /64), the envelope sender (empty for <>) and one recipient.
CREATE TABLE greylist_triplets (
    network text NOT NULL,
    sender text NOT NULL,
    recipient text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    -- When a retry came after the delay; from then on the triplet passes at once.
    passed_at timestamptz,
    PRIMARY KEY (network, sender, recipient)
);
CREATE INDEX greylist_triplets_last_seen ON greylist_triplets (last_seen);
