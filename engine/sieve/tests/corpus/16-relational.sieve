require ["relational", "comparator-i;ascii-numeric", "fileinto"];
if header :value "ge" :comparator "i;ascii-numeric" "X-Spam-Score" "10" { fileinto "Junk"; }
elsif header :value "ge" :comparator "i;ascii-numeric" "X-Spam-Score" "5" { fileinto "Maybe"; }
if header :count "ge" :comparator "i;ascii-numeric" "X-Spam-Score" "2" { addflag "\\Flagged"; }
if address :count "ge" :comparator "i;ascii-numeric" ["to", "cc"] "3" { fileinto "Many"; }
