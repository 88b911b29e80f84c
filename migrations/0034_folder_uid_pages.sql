-- Issue 20: a folder's uids kept as bitmaps, 8,192 uids a page, so a SELECT reads a few rows
-- (13 for 100,000 messages) instead of the folder's whole uid index. Bit n (from the left) of
-- page p stands for uid p * 8192 + n. The `messages` triggers of migration 0033 keep the pages
-- in step with every insert, delete and move, in the same statement; a page with no uid left
-- goes.
-- No message is written between the backfill below and the triggers taking over (other
-- nodes may still be running during an upgrade); held until this migration commits.
LOCK TABLE messages IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE folder_uid_pages (
    folder_id uuid NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    page      bigint NOT NULL,
    bits      bit(8192) NOT NULL,
    PRIMARY KEY (folder_id, page)
);

INSERT INTO folder_uid_pages (folder_id, page, bits)
SELECT folder_id, uid / 8192, bit_or(B'1'::bit(8192) >> (uid % 8192)::integer)
FROM messages GROUP BY 1, 2;

CREATE OR REPLACE FUNCTION folder_counters_added() RETURNS trigger LANGUAGE plpgsql AS $$
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
    INSERT INTO folder_uid_pages (folder_id, page, bits)
    SELECT folder_id, uid / 8192, bit_or(B'1'::bit(8192) >> (uid % 8192)::integer)
    FROM added GROUP BY 1, 2
    ON CONFLICT (folder_id, page) DO UPDATE SET bits = folder_uid_pages.bits | EXCLUDED.bits;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION folder_counters_removed() RETURNS trigger LANGUAGE plpgsql AS $$
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
    UPDATE folder_uid_pages p SET bits = p.bits & ~d.bits
    FROM (SELECT folder_id, uid / 8192 AS page, bit_or(B'1'::bit(8192) >> (uid % 8192)::integer) AS bits
          FROM removed GROUP BY 1, 2) d
    WHERE p.folder_id = d.folder_id AND p.page = d.page;
    DELETE FROM folder_uid_pages p
    USING (SELECT DISTINCT folder_id, uid / 8192 AS page FROM removed) d
    WHERE p.folder_id = d.folder_id AND p.page = d.page AND p.bits = B'0'::bit(8192);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION folder_counters_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
    -- Rows that moved (MOVE gives them a folder and a uid): off their old page, onto the new.
    IF EXISTS (SELECT 1 FROM removed r JOIN added a USING (id)
               WHERE r.folder_id <> a.folder_id OR r.uid <> a.uid) THEN
        UPDATE folder_uid_pages p SET bits = p.bits & ~d.bits
        FROM (SELECT r.folder_id, r.uid / 8192 AS page,
                     bit_or(B'1'::bit(8192) >> (r.uid % 8192)::integer) AS bits
              FROM removed r JOIN added a USING (id)
              WHERE r.folder_id <> a.folder_id OR r.uid <> a.uid GROUP BY 1, 2) d
        WHERE p.folder_id = d.folder_id AND p.page = d.page;
        INSERT INTO folder_uid_pages (folder_id, page, bits)
        SELECT a.folder_id, a.uid / 8192, bit_or(B'1'::bit(8192) >> (a.uid % 8192)::integer)
        FROM added a JOIN removed r USING (id)
        WHERE r.folder_id <> a.folder_id OR r.uid <> a.uid GROUP BY 1, 2
        ON CONFLICT (folder_id, page) DO UPDATE SET bits = folder_uid_pages.bits | EXCLUDED.bits;
        DELETE FROM folder_uid_pages p
        USING (SELECT DISTINCT r.folder_id, r.uid / 8192 AS page
               FROM removed r JOIN added a USING (id)
               WHERE r.folder_id <> a.folder_id OR r.uid <> a.uid) d
        WHERE p.folder_id = d.folder_id AND p.page = d.page AND p.bits = B'0'::bit(8192);
    END IF;
    RETURN NULL;
END $$;
