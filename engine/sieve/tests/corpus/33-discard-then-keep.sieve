discard;
if header :contains "from" "carol" { keep; }
