/**
 * Links between SME-arrears cases and wage cases that follow from shared parties. `same_project`
 * is added in TypeScript, because project names compare by characters. `same_debtor` also asks
 * that the unpaid SME stands on the wage project's contracting chain (general contractor,
 * subcontractor or employer): a district body is developer of many projects, and linking each of
 * its debts to each of its projects would bury the real chains (440,000 links for a 20,000-row
 * district sweep before this rule).
 */
export const PARTY_LINKS_SQL = `
DELETE FROM links;
INSERT INTO links
SELECT s.case_id, w.case_id, 'upstream', 1.0,
       '欠薪案件的用人单位「' || e.name || '」正是被拖欠账款的中小企业：被欠款而无力支付工资'
FROM cases s
JOIN cases w ON w.kind = 'wage_arrears' AND w.employer_entity_id = s.creditor_entity_id
JOIN entities e ON e.entity_id = s.creditor_entity_id
WHERE s.kind = 'sme_arrears' AND s.status <> 'merged' AND w.status <> 'merged' AND s.record_count > 0 AND w.record_count > 0;

INSERT INTO links
WITH lead_parties AS (
  -- Each lead's developer, general contractor and subcontractor as rows, read once and joined to
  -- their entities by equality (\`mention_key IN (a, b)\` would make DuckDB run a nested loop).
  SELECT cr.case_id, m.entity_id, l.role
  FROM case_records cr
  JOIN (SELECT record_id, unnest([
          {'name': developer_name, 'role': '建设单位'},
          {'name': general_contractor_name, 'role': '施工总承包单位'},
          {'name': subcontractor_name, 'role': '分包单位'}], recursive := true) FROM stg_wage_lead) l USING (record_id)
  JOIN entity_members m ON m.mention_key = l.name || '|'
), parties AS (
  SELECT case_id, entity_id, min(role) AS role FROM lead_parties WHERE role <> '分包单位' GROUP BY ALL
), chain AS (
  -- Who stands below the developer on the wage case's project: the chain the money failed to go down.
  SELECT case_id, entity_id FROM lead_parties WHERE role <> '建设单位'
  UNION
  SELECT case_id, employer_entity_id FROM cases WHERE kind = 'wage_arrears' AND employer_entity_id IS NOT NULL
), pairs AS (
  -- Per wage case, each (developer or contractor, enterprise on its chain) pair: a handful a case.
  -- SME cases then join on both parties at once; joining on the debtor alone first made a district
  -- body's 13,000 debts meet its 5,000 projects (a billion rows at city scale).
  SELECT p.case_id, p.entity_id AS debtor_id, p.role, c.entity_id AS creditor_id
  FROM parties p JOIN chain c USING (case_id)
)
SELECT s.case_id, w.case_id, 'same_debtor', 0.9,
       '拖欠账款的「' || e.name || '」同时是欠薪项目的' || any_value(p.role) || '，被拖欠的企业在该项目的承包链上'
FROM cases s
JOIN pairs p ON p.debtor_id = s.debtor_entity_id AND p.creditor_id = s.creditor_entity_id
JOIN cases w ON w.case_id = p.case_id AND w.status <> 'merged' AND w.record_count > 0
JOIN entities e ON e.entity_id = s.debtor_entity_id
WHERE s.kind = 'sme_arrears' AND s.status <> 'merged' AND s.record_count > 0
GROUP BY s.case_id, w.case_id, e.name;`;

/** SME case matters and wage case projects, for the same_project comparison. */
export const PROJECTS_SQL = `
SELECT c.case_id, c.kind, c.matter AS project FROM cases c
WHERE c.kind = 'sme_arrears' AND c.matter IS NOT NULL AND c.status <> 'merged' AND c.record_count > 0
UNION ALL
SELECT DISTINCT cr.case_id, 'wage_arrears', l.project_name FROM case_records cr JOIN stg_wage_lead l USING (record_id)
JOIN cases c USING (case_id) WHERE l.project_name IS NOT NULL AND c.status <> 'merged' AND c.record_count > 0`;
