-- case_observations: one row per SME case per sweep period in which a survey reported it.
-- Invariants: (case_id, period) unique; amounts are integer fen from the current files; when
-- several streets report the same matter in one sweep, the largest report counts (not the sum).
CREATE TABLE case_observations (
  case_id             VARCHAR NOT NULL,
  period              VARCHAR NOT NULL,
  amount_owed_fen     BIGINT,
  undisputed_fen      BIGINT,
  disputed_fen        BIGINT,
  amount_cleared_fen  BIGINT,
  reports             INTEGER NOT NULL,
  PRIMARY KEY (case_id, period)
);
