require "fileinto";
if header :contains "from" "boss" { keep; stop; }
fileinto "Other";
