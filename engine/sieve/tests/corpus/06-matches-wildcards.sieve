require "fileinto";
if header :matches "Subject" "*report" { fileinto "Reports"; stop; }
if header :matches "Subject" "?eekly *" { fileinto "Weekly"; }
if header :matches "From" "*@*.test" { fileinto "Test"; }
