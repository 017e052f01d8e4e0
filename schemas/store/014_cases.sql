-- cases: one row per arrears matter: an SME-arrears case (debtor owes creditor for one matter)
-- or a wage case (one employer and project, leads merged 并单).
-- Invariants: case_id ('SME-2026-000123', 'WAGE-2026-000045') unique and never reused or
-- renumbered; kind is 'sme_arrears' | 'wage_arrears'; amounts are integer fen.
CREATE SEQUENCE IF NOT EXISTS sme_case_seq START 1;
CREATE SEQUENCE IF NOT EXISTS wage_case_seq START 1;
CREATE TABLE cases (
  case_id             VARCHAR PRIMARY KEY,
  kind                VARCHAR NOT NULL,
  debtor_entity_id    VARCHAR,
  creditor_entity_id  VARCHAR,
  employer_entity_id  VARCHAR,
  matter              VARCHAR,            -- project or contract name as first seen
  amount_owed_fen     BIGINT,
  amount_cleared_fen  BIGINT,
  undisputed_fen      BIGINT,
  disputed_fen        BIGINT,
  workers             INTEGER,
  reporters           INTEGER,
  record_count        INTEGER NOT NULL DEFAULT 0,
  status              VARCHAR NOT NULL,   -- open | cleared | disappeared | merged
  first_period        VARCHAR,
  last_period         VARCHAR,
  created_at          TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
