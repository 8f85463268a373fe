-- A per-person counter bumped with every change to their check-ins: computed views (trends)
-- are cached under it, so any instance can tell a fresh cache entry from a stale one.
CREATE TABLE mood_stamp (
    person_id  text PRIMARY KEY,
    version    bigint NOT NULL
);
