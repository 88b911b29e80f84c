require "copy";
redirect :copy "one@example.net";
redirect :copy "one@example.net";
keep;
