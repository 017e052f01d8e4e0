-- links: one row per (SME case, wage case, link type) connecting the two agencies' cases.
-- Derived: rebuilt by every link run from cases and records. Invariants: both case ids exist;
-- link_type is upstream | same_debtor | same_project; 0 < score <= 1; reason is in Chinese.
CREATE TABLE links (
  sme_case_id   VARCHAR NOT NULL,
  wage_case_id  VARCHAR NOT NULL,
  link_type     VARCHAR NOT NULL,
  score         DOUBLE NOT NULL,
  reason        VARCHAR NOT NULL,
  PRIMARY KEY (sme_case_id, wage_case_id, link_type)
);
