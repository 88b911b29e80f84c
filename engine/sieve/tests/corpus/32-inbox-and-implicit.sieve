require ["fileinto", "copy"];
fileinto :copy "INBOX";
if header :contains "subject" "report" { fileinto "INBOX"; }
