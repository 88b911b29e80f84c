require "reject";
if header :is "X-Spam-Flag" "YES" { reject "No spam, please."; }
