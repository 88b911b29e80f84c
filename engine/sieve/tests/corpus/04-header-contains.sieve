require "fileinto";
if header :contains "subject" "money" { fileinto "Money"; }
if header :contains ["subject", "from"] "EXAMPLE" { fileinto "Example"; }
