require ["fileinto", "imap4flags"];
if header :contains "subject" "quarterly" { addflag "\\Flagged"; fileinto "Q"; }
elsif header :contains "subject" "money" { discard; stop; }
elsif header :contains "subject" "café" { fileinto "Cafe"; }
else { addflag "$Other"; }
