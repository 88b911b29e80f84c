//! The `date` extension (RFC 5260): the `date` test reads a date from a header field, the
//! `currentdate` test the time the script runs; both compare one part of it (the year, the
//! date, the hour…) as text. What an out-of-office period is written with ("between these two
//! dates"), as Roundcube writes it.

use chrono::{DateTime, Datelike, FixedOffset, Offset, TimeZone, Timelike, Utc};

/// The part of a date a test compares (RFC 5260 4.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Year,
    Month,
    Day,
    Date,
    Julian,
    Hour,
    Minute,
    Second,
    Time,
    Iso8601,
    Std11,
    Zone,
    Weekday,
}

impl DatePart {
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name.to_ascii_lowercase().as_str() {
            "year" => Self::Year,
            "month" => Self::Month,
            "day" => Self::Day,
            "date" => Self::Date,
            "julian" => Self::Julian,
            "hour" => Self::Hour,
            "minute" => Self::Minute,
            "second" => Self::Second,
            "time" => Self::Time,
            "iso8601" => Self::Iso8601,
            "std11" => Self::Std11,
            "zone" => Self::Zone,
            "weekday" => Self::Weekday,
            _ => return None,
        })
    }

    /// The part of `at` as RFC 5260 writes it.
    pub fn of(self, at: &DateTime<FixedOffset>) -> String {
        match self {
            Self::Year => format!("{:04}", at.year()),
            Self::Month => format!("{:02}", at.month()),
            Self::Day => format!("{:02}", at.day()),
            Self::Date => at.format("%Y-%m-%d").to_string(),
            Self::Julian => {
                // Modified Julian Day: days since 1858-11-17.
                let epoch = chrono::NaiveDate::from_ymd_opt(1858, 11, 17).unwrap_or_default();
                (at.date_naive() - epoch).num_days().to_string()
            }
            Self::Hour => format!("{:02}", at.hour()),
            Self::Minute => format!("{:02}", at.minute()),
            Self::Second => format!("{:02}", at.second()),
            Self::Time => at.format("%H:%M:%S").to_string(),
            Self::Iso8601 => at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            Self::Std11 => at.format("%a, %d %b %Y %H:%M:%S %z").to_string(),
            Self::Zone => at.format("%z").to_string(),
            Self::Weekday => at.weekday().num_days_from_sunday().to_string(),
        }
    }
}

/// Which zone a date is seen in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateZone {
    /// The server's (UTC): the default.
    Local,
    /// `:zone "+hhmm"`, in seconds east of UTC.
    Fixed(i32),
    /// `:originalzone`: the header field's own (the `date` test only).
    Original,
}

/// `:zone`'s argument: `+hhmm` or `-hhmm` (RFC 5260 4.1), in seconds east of UTC.
pub fn parse_zone(text: &str) -> Option<i32> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || !bytes[1..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sign = match bytes[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = text[1..3].parse().ok()?;
    let minutes: i32 = text[3..5].parse().ok()?;
    (hours < 24 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

/// `now` seen in `zone` (`Original` means nothing for the current date: local).
pub fn current(now: DateTime<Utc>, zone: DateZone) -> DateTime<FixedOffset> {
    let offset = match zone {
        DateZone::Fixed(seconds) => FixedOffset::east_opt(seconds).unwrap_or(Utc.fix()),
        DateZone::Local | DateZone::Original => Utc.fix(),
    };
    now.with_timezone(&offset)
}

/// A header field's value read as an RFC 5322 date and seen in `zone`; `None` when it is not
/// a date (the test is then false).
pub fn from_header(value: &str, zone: DateZone) -> Option<DateTime<FixedOffset>> {
    let parsed = mail_parser::DateTime::parse_rfc822(value)?;
    let original_offset = (i32::from(parsed.tz_hour) * 3600 + i32::from(parsed.tz_minute) * 60)
        * if parsed.tz_before_gmt { -1 } else { 1 };
    let utc = Utc.timestamp_opt(parsed.to_timestamp(), 0).single()?;
    let offset = match zone {
        DateZone::Original => FixedOffset::east_opt(original_offset)?,
        DateZone::Fixed(seconds) => FixedOffset::east_opt(seconds)?,
        DateZone::Local => Utc.fix(),
    };
    Some(utc.with_timezone(&offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_zones_and_header_dates() {
        let date =
            from_header("Tue, 17 Mar 2009 14:30:00 -0800", DateZone::Original).expect("date");
        assert_eq!(DatePart::Date.of(&date), "2009-03-17");
        assert_eq!(DatePart::Time.of(&date), "14:30:00");
        assert_eq!(DatePart::Zone.of(&date), "-0800");
        assert_eq!(DatePart::Iso8601.of(&date), "2009-03-17T14:30:00-08:00");
        assert_eq!(DatePart::Weekday.of(&date), "2");
        assert_eq!(DatePart::Julian.of(&date), "54907");
        let utc = from_header("Tue, 17 Mar 2009 14:30:00 -0800", DateZone::Local).expect("date");
        assert_eq!(DatePart::Hour.of(&utc), "22");
        let east =
            from_header("Tue, 17 Mar 2009 14:30:00 -0800", DateZone::Fixed(3600)).expect("date");
        assert_eq!(DatePart::Std11.of(&east), "Tue, 17 Mar 2009 23:30:00 +0100");
        assert!(from_header("not a date", DateZone::Local).is_none());
        assert_eq!(parse_zone("+0130"), Some(5400));
        assert_eq!(parse_zone("-0800"), Some(-28800));
        assert_eq!(parse_zone("0800"), None);
        assert_eq!(parse_zone("+2400"), None);
    }
}
