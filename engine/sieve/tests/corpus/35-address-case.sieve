require "fileinto";
if address :is "from" "BOB@EXAMPLE.COM" { fileinto "BobUpper"; }
if address :comparator "i;octet" :is "from" "BOB@EXAMPLE.COM" { fileinto "BobOctet"; }
if address :all :contains ["to", "cc"] "example.org" { fileinto "Org"; }
