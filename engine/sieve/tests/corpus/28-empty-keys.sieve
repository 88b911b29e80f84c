require "fileinto";
if header :contains "subject" "" { fileinto "AnySubject"; }
if header :is "x-missing" "" { fileinto "NoSuchHeader"; }
