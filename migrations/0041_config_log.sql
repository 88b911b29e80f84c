-- The config family of the logs (issue 22): the admin audit trail is one of the log families.
-- Each audit event is copied to log_lines by a trigger, so the copy is written in the
-- transaction of the change (a change rolled back leaves no line) and searchLogs finds it
-- with the others. The copy follows the config family's retention; audit_events keeps its
-- own. Lines name the event's domain (and its aliases), so that domain's administrators and
-- the tenant administrators above it see them; changes above any domain (tenants, server
-- settings) are server administrators' lines, and stay in listAuditEvents for the rest.
ALTER TABLE log_lines DROP CONSTRAINT log_lines_family_check;
ALTER TABLE log_lines ADD CONSTRAINT log_lines_family_check CHECK (family IN
    ('mail', 'security', 'warning', 'error', 'spam', 'operations', 'debug', 'config'));

CREATE FUNCTION audit_event_to_log_line() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    actor_address text := CASE WHEN NEW.actor LIKE 'account:%'
                               THEN lower(substr(NEW.actor, 9)) END;
BEGIN
    INSERT INTO log_lines (at, family, text, fields, account, addresses, domains)
    VALUES (
        NEW.at,
        'config',
        NEW.actor || ' - ' || NEW.action
            || COALESCE(' ' || NEW.object_kind || ' ' || NEW.object_id::text, '')
            || COALESCE(' from ' || NEW.actor_ip, ''),
        jsonb_strip_nulls(jsonb_build_object(
            'audit_id', NEW.id, 'actor', NEW.actor, 'actor_ip', NEW.actor_ip,
            'action', NEW.action, 'object_kind', NEW.object_kind,
            'object_id', NEW.object_id, 'domain_id', NEW.domain_id, 'changes', NEW.changes)),
        actor_address,
        CASE WHEN actor_address IS NULL THEN '{}'::text[] ELSE ARRAY[actor_address] END,
        CASE WHEN NEW.domain_id IS NULL THEN '{}'::text[]
             ELSE ARRAY(SELECT n.name::text FROM mail_domain_names n
                        WHERE n.domain_id = NEW.domain_id ORDER BY n.name) END
    );
    RETURN NULL;
END $$;

CREATE TRIGGER audit_events_to_log_lines AFTER INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_event_to_log_line();
