-- An API key remembers the account that created it: deleting that account revokes its keys,
-- and so does taking away the administrator rights it had (accounts::update).
ALTER TABLE api_keys ADD COLUMN created_by_account uuid REFERENCES accounts(id) ON DELETE CASCADE;
CREATE INDEX api_keys_created_by_account ON api_keys (created_by_account) WHERE created_by_account IS NOT NULL;
