require ["vacation", "fileinto"];
vacation :handle "h1" "Out of office.";
if header :contains "subject" "money" { discard; }
