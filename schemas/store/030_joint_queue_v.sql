-- joint_queue_v: one row per open joint-handling (共处共商) transfer: the queue both offices review.
CREATE OR REPLACE VIEW joint_queue_v AS
SELECT * FROM transfers_v WHERE mechanism = 'joint_handling' AND status NOT IN ('closed', 'returned');
