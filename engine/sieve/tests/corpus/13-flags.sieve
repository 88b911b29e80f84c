require ["imap4flags", "fileinto"];
if header :contains "subject" "money" { addflag "\\Flagged"; }
if exists "List-Id" { setflag ["\\Seen", "$List"]; removeflag "$List"; fileinto "Lists"; }
addflag "\\Answered";
