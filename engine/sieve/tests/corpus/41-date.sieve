require ["date", "fileinto", "relational"];
# RFC 5260: parts of a header's date in its own zone and in others, and of the current date.
if date :originalzone "date" "date" "2026-12-07" { fileinto "Local-Date"; }
if date :zone "+0000" "date" "hour" "08" { fileinto "UTC-Hour"; }
if date :zone "-0500" :value "ge" "date" "iso8601" "2026-12-07T03:00:00-05:00" { fileinto "Later"; }
if date :originalzone "date" "zone" "+0100" { fileinto "Zone"; }
if date :zone "+0000" "date" "weekday" "1" { fileinto "Monday"; }
if currentdate :value "gt" "year" "2000" { fileinto "After-2000"; }
if date :is "subject" "year" "2026" { fileinto "Never"; }
