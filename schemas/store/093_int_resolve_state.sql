-- int_resolve_state: one row per fact the resolve stage keeps between runs to know what changed
-- (the manual decisions and the sweeps it last resolved with).
-- Invariant: name unique.
CREATE TABLE int_resolve_state (
  name   VARCHAR NOT NULL,
  value  VARCHAR
);
