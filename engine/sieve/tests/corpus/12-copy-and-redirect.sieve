require ["fileinto", "copy"];
if header :contains "subject" "report" { redirect :copy "archive@example.com"; fileinto :copy "Copies"; }
if header :contains "from" "bob" { redirect "bob-forward@example.net"; }
