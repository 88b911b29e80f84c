-- Failed logins are counted per account (which locks) and per client address (which only
-- slows): one address's failures no longer lock out every user behind it.
ALTER TABLE login_failures ADD COLUMN kind text NOT NULL DEFAULT 'address'
    CHECK (kind IN ('address', 'account'));
ALTER TABLE login_failures DROP CONSTRAINT login_failures_pkey;
ALTER TABLE login_failures ADD PRIMARY KEY (kind, address);
-- Address rows no longer lock: what was locked by address is forgotten.
DELETE FROM login_failures;
