-- entity_members: one row per distinct name spelling + USCC (a mention key) seen in records.
-- Invariants: mention_key unique; entity_id points at an active entity; rule/score/matched_key
-- record the evidence that attached this spelling (rule 'seed' for the first member).
CREATE TABLE entity_members (
  mention_key  VARCHAR PRIMARY KEY,       -- legal_name || '|' || coalesce(uscc, '')
  legal_name   VARCHAR NOT NULL,
  core_name    VARCHAR NOT NULL,
  uscc         VARCHAR,
  uscc_ok      BOOLEAN,
  entity_id    VARCHAR NOT NULL,
  rule         VARCHAR NOT NULL,          -- seed | uscc_equal | core_equal | core_contains | core_fuzzy | manual_link
  score        DOUBLE NOT NULL,
  matched_key  VARCHAR,                   -- the member it was matched with
  evidence     VARCHAR,                   -- human label: 核心名称相同 …
  assigned_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
