-- overdue_v: one row per open transfer past its due date today (Asia/Shanghai), for 督办.
CREATE OR REPLACE VIEW overdue_v AS
SELECT *, CAST(timezone('Asia/Shanghai', now()) AS DATE) - due_on AS days_overdue FROM transfers_v WHERE overdue;
