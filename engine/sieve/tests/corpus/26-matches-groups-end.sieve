require ["variables", "fileinto"];
if header :matches "from" "* <*>" { fileinto "Named/${1}"; }
elsif header :matches "from" "*@*" { fileinto "Bare/${2}"; }
