require ["mailbox", "fileinto"];
if header :contains "subject" "invoice" { fileinto :create "Finance/Invoices"; }
