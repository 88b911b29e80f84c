require ["imap4flags", "fileinto"];
fileinto :flags "\\Seen" "A";
fileinto :flags "\\Flagged" "A";
keep :flags "\\Seen";
keep;
