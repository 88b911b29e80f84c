require ["body", "fileinto"];
if body :text :contains "secretword" { fileinto "Nested"; }
if body :content "text/plain" :contains "outer words" { fileinto "Outer"; }
