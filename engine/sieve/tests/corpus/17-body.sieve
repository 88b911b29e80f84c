require ["body", "fileinto"];
if body :contains "unsubscribe" { fileinto "Unsub"; }
if body :text :contains "sieve" { fileinto "SieveText"; }
if body :content "text/html" :contains "<b>" { fileinto "Html"; }
if body :raw :contains "JVBERi0x" { fileinto "Pdf"; }
