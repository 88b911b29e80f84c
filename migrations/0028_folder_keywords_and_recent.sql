-- Issue 19 (RFC 3501 2.3.2, 7.2.6): the keywords in use in a folder, for FLAGS and
-- PERMANENTFLAGS, kept as flags are stored rather than gathered from every message at SELECT;
-- and \Recent: messages with a uid at or above recent_uid have not yet been seen by a session
-- that selected the folder. The first session to see them claims them by raising recent_uid.
ALTER TABLE folders ADD COLUMN keywords text[] NOT NULL DEFAULT '{}';
ALTER TABLE folders ADD COLUMN recent_uid bigint NOT NULL DEFAULT 1;
UPDATE folders SET recent_uid = uid_next;
UPDATE folders f SET keywords = k.list
FROM (SELECT m.folder_id, array_agg(DISTINCT flag ORDER BY flag) AS list
      FROM messages m, unnest(m.flags) AS flag
      WHERE left(flag, 1) <> chr(92)
      GROUP BY m.folder_id) k
WHERE k.folder_id = f.id;
