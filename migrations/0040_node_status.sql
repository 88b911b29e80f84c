-- Live status per node (issue 22): every `postbay serve` process publishes its live
-- connections here (one row per node, a snapshot replaced when it changed, at least every
-- 30 seconds), so any node's API lists every node's connections and open folders. A node that
-- stops deletes its row; rows of nodes that died are ignored after 90 seconds and removed
-- after a day.
CREATE TABLE node_status (
    node_id       uuid PRIMARY KEY,
    name          text NOT NULL,
    started_at    timestamptz NOT NULL,
    heartbeat_at  timestamptz NOT NULL,
    generation    bigint NOT NULL,             -- the node's change count the snapshot shows
    connections   jsonb NOT NULL               -- an array of connections, oldest first
);
