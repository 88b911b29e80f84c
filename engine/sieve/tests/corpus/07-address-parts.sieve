require ["fileinto", "subaddress"];
if address :localpart :is "from" "carol" { fileinto "Carol"; }
if address :domain :is "from" "example.com" { fileinto "Company"; }
if address :user :is "to" "alice" { fileinto "Alice"; }
if address :detail :is "to" "lists" { fileinto "Detail"; }
