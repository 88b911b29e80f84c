require "fileinto";
if size :over 10K { fileinto "Large"; } elsif size :under 200 { fileinto "Tiny"; } else { keep; }
