-- Issue 19 (RFC 3501 2.3.1.1): a folder's UIDVALIDITY must never repeat for its name, even
-- when it is deleted and made again within the same second or the clock steps back. Each
-- account keeps the last value it gave; a new folder gets the greater of that plus one and the
-- current second.
ALTER TABLE accounts ADD COLUMN last_uid_validity bigint NOT NULL DEFAULT 0;
UPDATE accounts a SET last_uid_validity = f.top
FROM (SELECT account_id, max(uid_validity) AS top FROM folders GROUP BY account_id) f
WHERE f.account_id = a.id;

CREATE FUNCTION next_uid_validity(account uuid) RETURNS bigint LANGUAGE sql VOLATILE AS $$
    UPDATE accounts
    SET last_uid_validity = GREATEST(last_uid_validity + 1, extract(epoch FROM clock_timestamp())::bigint)
    WHERE id = account
    RETURNING last_uid_validity
$$;
