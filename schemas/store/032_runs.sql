-- runs: one row per stage of a pipeline run (and one row with stage '*' for the run as a whole).
-- Invariants: (run_id, stage) unique; ended_at >= started_at when set; outcome is running | ok |
-- partial | failed | interrupted (a run whose process died is marked interrupted by the next run);
-- scheduled_for is the schedule occurrence the run fulfils (NULL for a manual run).
CREATE TABLE runs (
  run_id         VARCHAR NOT NULL,
  pipeline       VARCHAR NOT NULL,
  stage          VARCHAR NOT NULL,
  trigger        VARCHAR NOT NULL,      -- manual | schedule | catch-up
  scheduled_for  TIMESTAMPTZ,
  as_of          DATE NOT NULL,
  period         VARCHAR,
  started_at     TIMESTAMPTZ NOT NULL,
  ended_at       TIMESTAMPTZ,
  files          INTEGER,
  rows_read      INTEGER,
  accepted       INTEGER,
  rejected       INTEGER,
  outcome        VARCHAR NOT NULL,
  summary        VARCHAR,
  error          VARCHAR,
  pid            INTEGER,
  PRIMARY KEY (run_id, stage)
);
