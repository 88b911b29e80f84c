redirect "a@b.test";
redirect "a@b.test";
redirect "a@b.test";
redirect "a@b.test";
redirect "a@b.test";
