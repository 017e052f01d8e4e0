-- case_aliases: one row per case id merged into another (the older id survives).
-- Invariants: alias_id unique; looking up an alias finds the surviving case.
CREATE TABLE case_aliases (
  alias_id   VARCHAR PRIMARY KEY,
  case_id    VARCHAR NOT NULL,
  merged_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
