-- transfers: one row per routing decision under the memorandum (a case sent, shared or queued).
-- Invariants: transfer_id ('TR-2026-000001') unique and never reused; (case_id, rule_id,
-- data_hash) unique, so routing again creates nothing; status follows the lifecycle
-- pending → sent → acknowledged → in_progress → closed | returned; every status change has a
-- transfer_events row; data_seen keeps what the rule saw, rules_version which rules decided.
CREATE SEQUENCE IF NOT EXISTS transfer_seq START 1;
CREATE TABLE transfers (
  transfer_id    VARCHAR PRIMARY KEY,
  case_id        VARCHAR NOT NULL,
  mechanism      VARCHAR NOT NULL,      -- lead_transfer | info_share | joint_handling
  from_agency    VARCHAR NOT NULL,      -- econ | wage
  to_agency      VARCHAR NOT NULL,      -- econ | wage | joint
  rule_id        VARCHAR NOT NULL,
  rules_version  VARCHAR NOT NULL,
  reason         VARCHAR NOT NULL,
  status         VARCHAR NOT NULL,
  created_on     DATE NOT NULL,
  due_on         DATE,
  deadline_rule  VARCHAR,               -- e.g. '5 个工作日', '30 日（可延长至 90 日）'
  data_seen      VARCHAR NOT NULL,      -- JSON
  data_hash      VARCHAR NOT NULL,
  outcome        VARCHAR,
  version        INTEGER NOT NULL DEFAULT 1,
  updated_at     TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
