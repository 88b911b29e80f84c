-- Access tokens carry the account's token generation; logging out, a new password or a
-- status that forbids logging in bumps it, and every access token issued before stops working
-- at once instead of at its expiry.
ALTER TABLE accounts ADD COLUMN token_generation bigint NOT NULL DEFAULT 0;
