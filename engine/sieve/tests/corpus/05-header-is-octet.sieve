require "fileinto";
if header :comparator "i;octet" :is "Subject" "Weekly digest" { fileinto "Digest"; }
if header :comparator "i;octet" :is "Subject" "weekly digest" { fileinto "Lower"; }
