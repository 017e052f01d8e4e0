-- entities_v: one row per active entity, with how many current records name it.
-- The public interface for scripts. record_count counts records_v rows in any role.
CREATE OR REPLACE VIEW entities_v AS
WITH uses AS (
  SELECT debtor_entity_id AS entity_id FROM records_v WHERE debtor_entity_id IS NOT NULL
  UNION ALL SELECT creditor_entity_id FROM records_v WHERE creditor_entity_id IS NOT NULL
  UNION ALL SELECT employer_entity_id FROM records_v WHERE employer_entity_id IS NOT NULL
)
SELECT e.entity_id, e.name, e.core_name, e.uscc, e.entity_type, e.street_code,
       coalesce(u.n, 0) AS record_count,
       (SELECT count(*) FROM entity_members m WHERE m.entity_id = e.entity_id) AS spellings,
       (SELECT list(alias_id ORDER BY alias_id) FROM entity_aliases a WHERE a.entity_id = e.entity_id) AS aliases
FROM entities e LEFT JOIN (SELECT entity_id, count(*) AS n FROM uses GROUP BY entity_id) u USING (entity_id)
WHERE e.status = 'active';
