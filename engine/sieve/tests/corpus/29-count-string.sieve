require ["variables", "relational", "comparator-i;ascii-numeric", "fileinto"];
set "a" "x"; set "b" "";
if string :count "eq" :comparator "i;ascii-numeric" ["${a}", "${b}"] "1" { fileinto "One"; }
if header :count "gt" :comparator "i;ascii-numeric" "received" "0" { fileinto "Received"; }
