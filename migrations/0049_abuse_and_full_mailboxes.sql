-- Issue 23: a sending limit may suspend the account it refuses for abuse at once; a mailbox
-- that fills up is announced (`account.quota_full`) once a day at most.
ALTER TABLE sending_limits ADD COLUMN suspend_account boolean NOT NULL DEFAULT false;
ALTER TABLE accounts ADD COLUMN quota_full_at timestamptz;
