-- Time ranges read in a time zone of their own (issue 15): an IANA name (chrono-tz), so
-- "08:00 to 17:00 on weekdays" follows the office's clock through daylight saving time.
-- Ranges made before keep UTC, which is what they meant.
ALTER TABLE time_ranges ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC';
