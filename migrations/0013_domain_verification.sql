-- A name a tenant adds (a domain or a domain alias) may be anyone's — gmail.com —: until its
-- owner proves it with a TXT record `_postbay-verify.<name>` holding
-- `postbay-verify=<the domain's token>`, mail that other tenants' users and aliases send to it
-- leaves by MX instead of reaching it here.
ALTER TABLE domains ADD COLUMN verification_token text;
UPDATE domains SET verification_token = replace(gen_random_uuid()::text, '-', '');
ALTER TABLE domains ALTER COLUMN verification_token SET NOT NULL;
ALTER TABLE mail_domain_names ADD COLUMN verified_at timestamptz;
-- Names that exist already were added before the rule and stay as they are.
UPDATE mail_domain_names SET verified_at = created_at;
