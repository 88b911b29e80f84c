require ["variables", "fileinto"];
set "folder" "Default";
if header :matches "subject" "*" { set "s" "${0}"; }
if string :contains "${s}" "digest" { set "folder" "Digests"; }
if string :is "${folder}" "Default" { keep; } else { fileinto "${folder}"; }
