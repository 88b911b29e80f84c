require "fileinto";
if allof (header :contains "subject" "digest", exists "Precedence") { fileinto "Bulk"; }
if anyof (header :is "X-Spam-Flag" "YES", size :over 1M) { fileinto "Junk"; }
