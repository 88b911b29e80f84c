-- What SORT and THREAD order a folder's messages by most often, kept on each copy so that
-- sorting a folder reads only the folder's rows (as Dovecot's per-folder cache does), never
-- its contents: the date (RFC 5256: the Date header, else the internal date) and the subject
-- (as the summary keeps it; its base subject is taken at SORT time). Writers set both from
-- the content's summary when they insert a copy; a copy carries its source's.

-- The sort date of a copy from its content's summary: the parsed Date header (RFC 3339, as
-- `postbay_mailbox::summary` stores it) or, when the header is absent or not a date
-- PostgreSQL can hold, the internal date.
CREATE FUNCTION message_sort_date(summary jsonb, internal timestamptz) RETURNS timestamptz
    LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
    RETURN COALESCE((summary->>'date')::timestamptz, internal);
EXCEPTION WHEN data_exception THEN
    RETURN internal;
END $$;

ALTER TABLE messages ADD COLUMN sort_date timestamptz, ADD COLUMN sort_subject text;

-- Filled for the copies stored before, without firing the folder counter triggers (a sort
-- date changes no counter). The table is locked for the migration either way.
ALTER TABLE messages DISABLE TRIGGER messages_counted_again;
UPDATE messages m SET sort_date = message_sort_date(c.summary, m.internal_date),
                      sort_subject = c.summary->>'subject'
FROM message_contents c WHERE c.id = m.content_id;
ALTER TABLE messages ENABLE TRIGGER messages_counted_again;

ALTER TABLE messages ALTER COLUMN sort_date SET NOT NULL;
