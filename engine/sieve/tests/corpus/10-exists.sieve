require "fileinto";
if exists "List-Id" { fileinto "Lists"; }
if not exists ["Date", "Message-ID"] { fileinto "NoDate"; }
