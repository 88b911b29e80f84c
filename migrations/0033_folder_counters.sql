-- Issue 20: what STATUS and SELECT report of a folder is kept, not counted. The counters move
-- with every row change of `messages` in the same statement, whichever crate writes it
-- (delivery, IMAP APPEND/COPY/MOVE/STORE, expunge), so no writer can forget one.
-- No message is written between the backfill below and the triggers taking over (other
-- nodes may still be running during an upgrade); held until this migration commits.
LOCK TABLE messages IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE folders
    ADD COLUMN unseen_count  bigint NOT NULL DEFAULT 0,
    ADD COLUMN deleted_count bigint NOT NULL DEFAULT 0,
    ADD COLUMN size_bytes    bigint NOT NULL DEFAULT 0;

UPDATE folders f SET unseen_count = c.unseen, deleted_count = c.deleted, size_bytes = c.bytes
FROM (SELECT folder_id,
             count(*) FILTER (WHERE NOT ('\Seen' = ANY (flags))) AS unseen,
             count(*) FILTER (WHERE '\Deleted' = ANY (flags)) AS deleted,
             COALESCE(sum(size), 0) AS bytes
      FROM messages GROUP BY folder_id) c
WHERE f.id = c.folder_id;

CREATE FUNCTION folder_counters_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE folders f SET unseen_count = f.unseen_count + d.unseen,
                         deleted_count = f.deleted_count + d.deleted,
                         size_bytes = f.size_bytes + d.bytes
    FROM (SELECT folder_id,
                 count(*) FILTER (WHERE NOT ('\Seen' = ANY (flags))) AS unseen,
                 count(*) FILTER (WHERE '\Deleted' = ANY (flags)) AS deleted,
                 COALESCE(sum(size), 0) AS bytes
          FROM added GROUP BY folder_id) d
    WHERE f.id = d.folder_id;
    RETURN NULL;
END $$;

CREATE FUNCTION folder_counters_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE folders f SET unseen_count = f.unseen_count - d.unseen,
                         deleted_count = f.deleted_count - d.deleted,
                         size_bytes = f.size_bytes - d.bytes
    FROM (SELECT folder_id,
                 count(*) FILTER (WHERE NOT ('\Seen' = ANY (flags))) AS unseen,
                 count(*) FILTER (WHERE '\Deleted' = ANY (flags)) AS deleted,
                 COALESCE(sum(size), 0) AS bytes
          FROM removed GROUP BY folder_id) d
    WHERE f.id = d.folder_id;
    RETURN NULL;
END $$;

CREATE FUNCTION folder_counters_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE folders f SET unseen_count = f.unseen_count + d.unseen,
                         deleted_count = f.deleted_count + d.deleted,
                         size_bytes = f.size_bytes + d.bytes
    FROM (SELECT folder_id, sum(unseen) AS unseen, sum(deleted) AS deleted, sum(bytes) AS bytes
          FROM (SELECT folder_id,
                       CASE WHEN '\Seen' = ANY (flags) THEN 0 ELSE 1 END AS unseen,
                       CASE WHEN '\Deleted' = ANY (flags) THEN 1 ELSE 0 END AS deleted,
                       size AS bytes
                FROM added
                UNION ALL
                SELECT folder_id,
                       CASE WHEN '\Seen' = ANY (flags) THEN 0 ELSE -1 END,
                       CASE WHEN '\Deleted' = ANY (flags) THEN -1 ELSE 0 END,
                       -size
                FROM removed) x
          GROUP BY folder_id) d
    WHERE f.id = d.folder_id AND (d.unseen <> 0 OR d.deleted <> 0 OR d.bytes <> 0);
    RETURN NULL;
END $$;

CREATE TRIGGER messages_counted_in AFTER INSERT ON messages
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION folder_counters_added();
CREATE TRIGGER messages_counted_out AFTER DELETE ON messages
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION folder_counters_removed();
CREATE TRIGGER messages_counted_again AFTER UPDATE ON messages
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION folder_counters_changed();
