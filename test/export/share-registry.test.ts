import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBatch } from '../../src/export/export-batch.js';
import { exportShareRegistry, type ShareExportSummary } from '../../src/export/export-share-registry.js';
import { MAX_RELATED_SHOWN } from '../../src/export/shared-cases-sql.js';
import type { Store } from '../../src/store/open-store.js';
import { settleAll } from '../../src/store/serial-queue.js';
import { exec, queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { openSeededStore } from './seeded-store.js';

const dir = tempDir();
let store: Store;
let wageCase: string;
let econ: ShareExportSummary;
let wage: ShareExportSummary;
const rowsOf = (path: string) => parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  store = await openSeededStore(dir, ':memory:');
  // One wage case linked to 30 SME cases by project, and to the first of them upstream too: more
  // related cases than a row lists.
  wageCase = (await queryRows<{ id: string }>(store.conn, "SELECT min(case_id) AS id FROM cases_v WHERE kind = 'wage_arrears'"))[0]!.id;
  await exec(store.conn, {
    sql: `INSERT INTO links SELECT case_id, ?, 'same_project', 0.9, '同一项目（测试）' FROM cases_v WHERE kind = 'sme_arrears' ORDER BY case_id LIMIT 30
          ON CONFLICT DO NOTHING`,
    params: [wageCase],
  });
  await exec(store.conn, {
    sql: `INSERT INTO links SELECT min(case_id), ?, 'upstream', 0.9, '上游欠款致欠薪（测试）' FROM cases_v WHERE kind = 'sme_arrears' ON CONFLICT DO NOTHING`,
    params: [wageCase],
  });
  const batch = exportBatch();
  [econ, wage] = await settleAll([
    exportShareRegistry(store.conn, { agency: 'econ', outDir: join(dir, 'econ'), asOf: '2026-04-20', batch }),
    exportShareRegistry(store.conn, { agency: 'wage', outDir: join(dir, 'wage'), asOf: '2026-04-20', batch }),
  ]);
});
afterAll(() => store?.close());

describe('information-sharing registry', () => {
  it('two registries written side by side take export ids in turn, and each is recorded once', async () => {
    expect([econ.exportId, wage.exportId]).toEqual(['SH-2026-000001', 'SH-2026-000002']);
    const recorded = await queryRows(store.conn, 'SELECT export_id, agency, rows FROM share_exports ORDER BY export_id');
    expect(recorded).toEqual([{ export_id: econ.exportId, agency: 'econ', rows: econ.rows }, { export_id: wage.exportId, agency: 'wage', rows: wage.rows }]);
    expect(rowsOf(econ.csv)).toHaveLength(econ.rows);
    expect(rowsOf(wage.csv)).toHaveLength(wage.rows);
  });

  it(`lists a case's first ${MAX_RELATED_SHOWN} related cases by id, each with all its link types, and says how many there are`, async () => {
    // The oracle: the wage case's related SME cases straight from links and shared parties.
    const related = (await queryRows<{ id: string }>(store.conn, {
      sql: `SELECT sme_case_id AS id FROM links WHERE wage_case_id = ?
            UNION SELECT s.case_id FROM cases_v s JOIN cases_v w ON w.case_id = ? AND w.employer_entity_id IN (s.debtor_entity_id, s.creditor_entity_id)
            WHERE s.kind = 'sme_arrears' ORDER BY id`,
      params: [wageCase, wageCase],
    })).map((r) => r.id);
    expect(related.length).toBeGreaterThan(MAX_RELATED_SHOWN);
    const row = rowsOf(econ.csv).find((r) => r['案件编号'] === wageCase)!;
    const cell = row['关联本部门案件']!;
    expect(cell.endsWith(`；等共 ${related.length} 件`)).toBe(true);
    const shown = cell.split('；').slice(0, -1);
    expect(shown.map((s) => s.slice(0, s.indexOf('（')))).toEqual(related.slice(0, MAX_RELATED_SHOWN));
    expect(shown[0]).toContain('同一项目、上游欠款致欠薪'); // types in the order of their codes: same_project, upstream
  });
});
