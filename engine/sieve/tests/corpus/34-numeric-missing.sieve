require ["relational", "comparator-i;ascii-numeric", "fileinto"];
if header :value "lt" :comparator "i;ascii-numeric" "X-Spam-Score" "5" { fileinto "LowScore"; }
if header :value "gt" :comparator "i;ascii-numeric" "Subject" "5" { fileinto "SubjectInfinity"; }
