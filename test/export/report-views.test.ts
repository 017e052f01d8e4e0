import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/export/report-build.js';
import type { Report, ReportTable } from '../../src/export/report-model.js';
import type { Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { buildReportStore, FORMULA_NAMES } from './report-fixture.js';

const dir = tempDir('arrears-report-views-');
let store: Store;
let report: Report;
afterAll(() => store?.close());

beforeAll(async () => {
  store = await buildReportStore(dir);
  report = await buildReport(store.conn, { period: '2026-04' });
});

const q = async <T = Record<string, unknown>>(sql: string, params: (string | number)[] = []) => queryRows<T>(store.conn, { sql, params });
const n = (v: unknown) => Number(v ?? 0);
const table = (id: string): ReportTable => report.tables.find((t) => t.id === id)!;
const sumCol = (t: ReportTable, key: string) => t.rows.reduce((a, r) => a + n(r[key]), 0);

describe('summary views reconcile with the store (SQL invariants)', () => {
  it('summary_records_v is records_v with dimensions: same rows, same amounts', async () => {
    const [a] = await q('SELECT count(*) AS n, sum(amount_owed_fen) AS fen FROM records_v');
    const [b] = await q('SELECT count(*) AS n, sum(amount_owed_fen) AS fen FROM summary_records_v');
    expect(b).toEqual(a);
  });

  it('per period and source, summary_period_v equals counts and sums over records_v', async () => {
    const mismatches = await q(`
      SELECT * FROM summary_period_v p FULL JOIN (
        SELECT period, kind, source, count(*) AS records, sum(amount_owed_fen) AS fen FROM records_v GROUP BY ALL
      ) r USING (period, kind, source) WHERE p.records IS DISTINCT FROM r.records OR p.amount_owed_fen IS DISTINCT FROM r.fen`);
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['summary_street_v', 'sme_records', 'sme_owed_fen', 'survey'],
    ['summary_street_v', 'wage_records', 'wage_owed_fen', 'wage_lead'],
    ['summary_debtor_type_v', 'records', 'amount_owed_fen', 'survey'],
    ['summary_arrears_type_v', 'records', 'amount_owed_fen', 'survey'],
  ])('%s.%s sums to records_v of source %s in every period', async (view, records, fen, source) => {
    const rows = await q(`
      SELECT r.period FROM (SELECT period, count(*) AS n, sum(amount_owed_fen) AS fen FROM records_v WHERE source = ? GROUP BY period) r
      LEFT JOIN (SELECT period, sum(${records}) AS n, sum(${fen}) AS fen FROM ${view} GROUP BY period) v USING (period)
      WHERE v.n IS DISTINCT FROM r.n OR v.fen IS DISTINCT FROM r.fen`, [source]);
    expect(rows).toEqual([]);
  });

  it('summary_channel_v covers every complaint, by kind', async () => {
    const [v] = await q('SELECT sum(sme_records + wage_records) AS n, sum(sme_claimed_fen + wage_claimed_fen) AS fen FROM summary_channel_v');
    const [r] = await q("SELECT count(*) AS n, sum(amount_owed_fen) AS fen FROM records_v WHERE source = 'complaint'");
    expect(v).toEqual(r);
  });

  it('summary_changes_v counts each change as case_changes_v does, audit flags included', async () => {
    const rows = await q(`
      SELECT s.period, s.change FROM summary_changes_v s
      LEFT JOIN (SELECT period, change, count(*) AS n FROM case_changes_v GROUP BY ALL) c USING (period, change)
      WHERE s.cases <> coalesce(c.n, 0)`);
    expect(rows).toEqual([]);
    const flags = await q<{ change: string; n: bigint }>("SELECT change, count(*) AS n FROM case_changes_v WHERE period = '2026-04' AND audit_flag GROUP BY ALL ORDER BY change");
    expect(flags.map((f) => f.change)).toEqual(['disappeared', 'reclassified']); // the fixture's earlier sweep makes both happen
  });

  it('summary_transfers_v and summary_overdue_v account for every transfer and every overdue one', async () => {
    expect(await q('SELECT sum(transfers) AS n FROM summary_transfers_v')).toEqual(await q('SELECT count(*) AS n FROM transfers_v'));
    expect(await q('SELECT sum(overdue) AS n FROM summary_transfers_v')).toEqual(await q('SELECT count(*) AS n FROM overdue_v'));
    expect(await q('SELECT sum(transfers) AS n FROM summary_overdue_v')).toEqual(await q('SELECT count(*) AS n FROM overdue_v'));
  });

  it('summary_cross_agency_v finds debtors that are also employers or developers in wage cases', async () => {
    const rows = await q<{ name: string; as_employer: boolean; as_developer_or_contractor: boolean }>(
      "SELECT name, as_employer, as_developer_or_contractor FROM summary_cross_agency_v WHERE period = '2026-04' AND name IN (?, ?) ORDER BY name", [...FORMULA_NAMES]);
    expect(rows).toEqual([
      { name: FORMULA_NAMES[1], as_employer: false, as_developer_or_contractor: true },
      { name: FORMULA_NAMES[0].replace('(', '（'), as_employer: true, as_developer_or_contractor: false },
    ]);
    const dupes = await q('SELECT period, entity_id FROM summary_cross_agency_v GROUP BY ALL HAVING count(*) > 1');
    expect(dupes).toEqual([]);
  });
});

describe('report figures equal SQL over the store', () => {
  it('by street: each street and the total equal sums over records_v for the period', async () => {
    const sql = await q<{ street_code: string | null; n: bigint; fen: bigint }>(
      "SELECT street_code, count(*) AS n, sum(amount_owed_fen) AS fen FROM records_v WHERE period = '2026-04' AND source = 'survey' GROUP BY ALL");
    const t = table('by_street');
    const [total] = await q<{ fen: bigint }>("SELECT sum(amount_owed_fen) AS fen FROM records_v WHERE period = '2026-04' AND source = 'survey'");
    expect(sumCol(t, 'sme_owed_fen')).toBe(Number(total!.fen));
    expect(t.total!.sme_owed_fen).toBe(Number(total!.fen));
    expect(t.rows.find((r) => r.street_name === '七宝镇')!.sme_owed_fen).toBe(Number(sql.find((r) => r.street_code === '310112102')!.fen));
    expect(t.rows.filter((r) => r.street_name !== '未能识别街镇')).toHaveLength(14);
  });

  it('by debtor type, arrears type and channel add up to their totals', () => {
    for (const [id, key] of [['by_debtor_type', 'amount_owed_fen'], ['by_arrears_type', 'amount_owed_fen'], ['by_channel', 'sme_claimed_fen'], ['by_channel', 'wage_claimed_fen']] as const) {
      expect(sumCol(table(id), key), `${id}.${key}`).toBe(table(id).total![key]);
    }
  });

  it('sweep-over-sweep change: audit-flag rows carry case_changes_v counts', async () => {
    const sql = await q<{ change_label: string; n: bigint }>("SELECT change_label, count(*) AS n FROM case_changes_v WHERE period = '2026-04' AND audit_flag GROUP BY ALL");
    const rows = table('changes').rows.filter((r) => r.audit === '⚠ 是');
    expect(rows.map((r) => [r.change_label, r.cases]).sort()).toEqual(sql.map((r) => [r.change_label, Number(r.n)]).sort());
    expect(sumCol(table('changes'), 'cases')).toBe(Number((await q<{ n: bigint }>("SELECT count(*) AS n FROM case_changes_v WHERE period = '2026-04'"))[0]!.n));
  });

  it('an unknown period is a usage error naming the periods there are', async () => {
    await expect(buildReport(store.conn, { period: '2031-09' })).rejects.toThrow(/没有期次 2031-09。现有期次：2025-12、2026-04/);
  });
});
