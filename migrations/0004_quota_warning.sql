-- When an account was last told that its mailbox is almost full (at most once a day).
ALTER TABLE accounts ADD COLUMN quota_warned_at timestamptz;
