require "vacation";
vacation :handle "a" "first";
vacation :handle "b" "second";
