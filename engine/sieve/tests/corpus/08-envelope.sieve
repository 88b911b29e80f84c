require ["envelope", "fileinto", "subaddress"];
if envelope :domain :is "from" "example.com" { fileinto "FromCompany"; }
if envelope :detail "to" "lists" { fileinto "Lists"; }
if envelope :all :contains "to" "nobody" { discard; }
