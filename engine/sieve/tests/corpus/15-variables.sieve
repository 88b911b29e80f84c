require ["variables", "fileinto"];
if header :matches "List-Id" "*<*.*>*" { fileinto "Lists/${2}"; stop; }
if header :matches "Subject" "[*] *" { set :lower "tag" "${1}"; fileinto "Tagged/${tag}"; }
if address :matches "from" "*@*" { set :upperfirst "who" "${1}"; fileinto "People/${who}"; }
