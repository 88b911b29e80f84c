require ["imap4flags"];
if header :contains "subject" "digest" { keep :flags ["\\Seen", "$Digest"]; }
