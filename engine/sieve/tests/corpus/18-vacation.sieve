require "vacation";
if not exists "List-Id" { vacation :days 5 :subject "Away" "I am away until Monday."; }
