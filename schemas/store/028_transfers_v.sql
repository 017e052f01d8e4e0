-- transfers_v: one row per transfer, with its case's parties and whether it is overdue today
-- (Asia/Shanghai). The public interface for scripts; `arrears transfers --as-of` replays a day.
CREATE OR REPLACE VIEW transfers_v AS
SELECT t.transfer_id, t.case_id, t.mechanism, t.from_agency, t.to_agency, t.rule_id, t.reason, t.status,
       t.created_on, t.due_on, t.rules_version, t.deadline_rule, t.outcome, t.version, t.data_seen,
       c.kind AS case_kind, c.debtor_name, c.creditor_name, c.employer_name, c.amount_owed_fen, c.workers,
       t.status NOT IN ('closed', 'returned') AND t.due_on < CAST(timezone('Asia/Shanghai', now()) AS DATE) AS overdue
FROM transfers t LEFT JOIN cases_v c USING (case_id);
