-- entity_aliases: one row per entity id that was merged into another; the old id still finds it.
-- Invariants: alias_id unique; entity_id is the surviving (older) id.
CREATE TABLE entity_aliases (
  alias_id   VARCHAR PRIMARY KEY,
  entity_id  VARCHAR NOT NULL,
  merged_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
