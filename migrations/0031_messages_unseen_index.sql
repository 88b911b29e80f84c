-- Issue 19 (RFC 3501 6.3.1, OK [UNSEEN n] at SELECT): a folder's unseen messages found by an
-- index, not a scan of the folder; small, as unseen mail is a small share of a mailbox.
CREATE INDEX messages_unseen ON messages (folder_id, uid) WHERE NOT ('\Seen' = ANY (flags));
