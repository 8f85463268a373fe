-- Insights keep closed periods in memory between requests (ADR 0014 addendum). This counter says
-- when what they hold may be stale: it is raised in the same transaction as every write that can
-- change a closed period (a check-in or hug dated before today, membership and team changes,
-- erasures, rebuilds), and readers compare it with the one they loaded under.
CREATE TABLE insights_change (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    version  bigint NOT NULL
);
INSERT INTO insights_change (id, version) VALUES (true, 0);
