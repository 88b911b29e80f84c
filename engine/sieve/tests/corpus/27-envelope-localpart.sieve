require ["envelope", "fileinto"];
if envelope :localpart :is "to" "alice+lists" { fileinto "LocalPart"; }
if envelope :all :matches "from" "*@example.*" { fileinto "ExampleSender"; }
