require "fileinto";
if header :contains "subject" "Café" { fileinto "Cafe"; }
if address :is "from" "renee@example.fr" { fileinto "Renee"; }
if header :contains "from" "Renée" { fileinto "Name"; }
