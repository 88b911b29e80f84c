require "imap4flags";
keep; keep :flags "\\Seen";
