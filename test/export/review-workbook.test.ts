import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReviewWorkbook, type ReviewExportSummary } from '../../src/export/export-review-workbook.js';
import { importReviewWorkbook } from '../../src/export/import-review-workbook.js';
import { cellText } from '../../src/export/cell-text.js';
import { readReviewWorkbook } from '../../src/export/read-review-workbook.js';
import { REVIEW_COLUMNS } from '../../src/export/review-columns.js';
import { FIRST_DATA_ROW, lockedCellsOf, openReviewWorkbook, type ReviewSheetRow } from '../../src/export/write-review-workbook.js';
import { applyTransferAction } from '../../src/route/apply-transfer-action.js';
import type { Store } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';
import { openSeededStore } from './seeded-store.js';

const dir = tempDir();
let store: Store;
let exported: ReviewExportSummary;
const out = join(dir, '区经委审核表.xlsx');
const edited = join(dir, '区经委审核表_已填.xlsx');
const col = (header: string) => REVIEW_COLUMNS.findIndex((c) => c.header === header) + 1;

const transfers = () => queryRows<{ transfer_id: string; status: string; version: number; outcome: string | null }>(store.conn, 'SELECT transfer_id, status, version, outcome FROM transfers ORDER BY transfer_id');
const events = () => queryRows(store.conn, 'SELECT * FROM transfer_events ORDER BY event_id');

beforeAll(async () => {
  store = await openSeededStore(dir, ':memory:');
  exported = await exportReviewWorkbook(store.conn, { agency: 'econ', out, asOf: '2026-04-20' });
});
afterAll(() => store?.close());

describe('review workbook out', () => {
  it('sends the pending transfers waiting on the agency: the workbook is the transfer', async () => {
    expect(exported.sent.length).toBeGreaterThan(100);
    const left = await queryRows(store.conn, "SELECT count(*) AS n FROM transfers WHERE status = 'pending' AND to_agency IN ('econ', 'joint')");
    expect(left).toEqual([{ n: 0n }]);
    const sends = await queryRows<{ n: bigint }>(store.conn, "SELECT count(*) AS n FROM transfer_events WHERE action = 'send' AND by_whom = 'review export'");
    expect(Number(sends[0]!.n)).toBe(exported.sent.length);
    expect(exported.rows).toBe(exported.sent.length);
  });

  it('is a protected sheet with editable outcome columns, drop-downs, hidden id and version, real numbers and dates', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('待办移送')!;
    expect(String(ws.getCell('A1').value)).toContain('本表即为移送文书');
    expect(ws.getRow(2).getCell(1).value).toBe('移送编号');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe(`A2:W${exported.rows + 2}`);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const row = ws.getRow(3);
    expect(row.getCell(col('处理状态')).protection).toMatchObject({ locked: false });
    expect(row.getCell(col('移送编号')).protection?.locked).not.toBe(false);
    expect(ws.getColumn(col('系统编号（勿改）')).hidden).toBe(true);
    expect(ws.getColumn(col('版本（勿改）')).hidden).toBe(true);
    expect(row.getCell(col('系统编号（勿改）')).value).toBe(row.getCell(1).value);
    expect(row.getCell(col('版本（勿改）')).value).toBe(2);
    expect(row.getCell(col('移送日期')).value).toEqual(new Date(Date.UTC(2026, 3, 20)));
    expect(row.getCell(col('欠款金额（元）')).numFmt).toBe('#,##0.00');
    expect(typeof row.getCell(col('欠款金额（元）')).value).toBe('number');
    expect(row.getCell(col('处理状态')).dataValidation).toMatchObject({ type: 'list', formulae: ['"签收,办理中,办结,退回"'] });
    expect(wb.getWorksheet('填表说明')!.getColumn(2).values.join('')).toContain('已清偿金额');
    expect(wb.getWorksheet('导出信息')!.state).toBe('veryHidden');
  });
});

describe('review workbook back in', () => {
  const ids: string[] = [];
  let first: Awaited<ReturnType<typeof importReviewWorkbook>>;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('待办移送')!;
    const set = (r: number, header: string, value: ExcelJS.CellValue) => (ws.getRow(r).getCell(col(header)).value = value);
    for (let r = 3; r <= 10; r++) ids.push(String(ws.getRow(r).getCell(1).value));
    set(3, '处理状态', '签收');
    set(4, '处理状态', '办结'); // sent → 办结: 签收 then 办结
    set(4, '办理结果', '已全部清偿');
    set(4, '已清偿金额（元）', '12,345.67');
    set(4, '办理说明', '+cmd 已电话核实');
    set(4, '经办人', '李强');
    set(4, '办理日期', new Date(Date.UTC(2026, 3, 22)));
    set(5, '处理状态', '退回');
    set(5, '办理说明', '不属本部门职责，应由区根治欠薪办处理');
    set(6, '处理状态', '签收');
    set(6, '欠款金额（元）', 1); // a locked column
    set(7, '处理状态', '办结'); // made stale below
    set(7, '办理结果', '已督促支付');
    set(8, '处理状态', '签收');
    set(8, '已清偿金额（元）', -5);
    set(9, '处理状态', '签收');
    set(9, '办理日期', '2026-13-45');
    set(10, '处理状态', '办理中'); // sent → 办理中: 签收 then 办理
    await wb.xlsx.writeFile(edited);
    // Someone acknowledges row 7's transfer in the store after the export.
    expect((await applyTransferAction(store.conn, ids[4]!, 'ack', { by: '他人', on: '2026-04-21' })).ok).toBe(true);
    first = await importReviewWorkbook(store.conn, edited, { by: '王芳', asOf: '2026-04-23' });
  });

  it('applies accepted rows through the lifecycle and refuses the rest, each with its reason', async () => {
    const byRow = new Map(first.rows.map((r) => [r.sheetRow, r]));
    expect(byRow.get(3)).toMatchObject({ kind: 'applied', to: 'acknowledged', actions: ['ack'] });
    expect(byRow.get(4)).toMatchObject({ kind: 'applied', from: 'sent', to: 'closed', actions: ['ack', 'close'], clearedFen: 1234567 });
    expect(byRow.get(5)).toMatchObject({ kind: 'applied', to: 'returned', actions: ['return'] });
    expect(byRow.get(6)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('锁定列被改动：欠款金额（元）') });
    expect(byRow.get(7)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('导出后已被修改') });
    expect(byRow.get(8)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('已清偿金额无法识别：金额不能为负数') });
    expect(byRow.get(9)).toMatchObject({ kind: 'refused', reason: expect.stringContaining('办理日期无法识别') });
    expect(byRow.get(10)).toMatchObject({ kind: 'applied', to: 'in_progress', actions: ['ack', 'progress'] });
    expect(first).toMatchObject({ applied: 4, refused: 4, unchanged: 0, untouched: exported.rows - 8 });
  });

  it('leaves the store as the lifecycle says: statuses, outcome, events and the cleared amount in fen', async () => {
    const t = new Map((await transfers()).map((x) => [x.transfer_id, x]));
    expect(ids.map((id) => t.get(id)!.status)).toEqual(['acknowledged', 'closed', 'returned', 'sent', 'acknowledged', 'sent', 'sent', 'in_progress']);
    expect(t.get(ids[1]!)!.outcome).toBe('已全部清偿');
    const ev = await queryRows(store.conn, {
      sql: "SELECT action, from_status, to_status, strftime(on_date, '%Y-%m-%d') AS on_date, by_whom, note, outcome FROM transfer_events WHERE transfer_id = ? ORDER BY event_id",
      params: [ids[1]!],
    });
    expect(ev.slice(-2)).toEqual([
      { action: 'ack', from_status: 'sent', to_status: 'acknowledged', on_date: '2026-04-22', by_whom: '李强', note: `随审核表 ${exported.exportId} 导入`, outcome: null },
      { action: 'close', from_status: 'acknowledged', to_status: 'closed', on_date: '2026-04-22', by_whom: '李强', note: '+cmd 已电话核实', outcome: '已全部清偿' },
    ]);
    const returned = await queryRows(store.conn, { sql: "SELECT by_whom, note FROM transfer_events WHERE transfer_id = ? AND action = 'return'", params: [ids[2]!] });
    expect(returned).toEqual([{ by_whom: '王芳', note: '不属本部门职责，应由区根治欠薪办处理' }]);
    const imported = await queryRows(store.conn, 'SELECT transfer_id, actions, cleared_fen, imported_by FROM review_outcomes_v ORDER BY import_row_id');
    expect(imported).toEqual([
      { transfer_id: ids[0], actions: 'ack', cleared_fen: null, imported_by: '王芳' },
      { transfer_id: ids[1], actions: 'ack,close', cleared_fen: 1234567n, imported_by: '王芳' },
      { transfer_id: ids[2], actions: 'return', cleared_fen: null, imported_by: '王芳' },
      { transfer_id: ids[7], actions: 'ack,progress', cleared_fen: null, imported_by: '王芳' },
    ]);
  });

  it('keeps the invariants its tables state', async () => {
    const checks = await queryRows(store.conn, `
      SELECT (SELECT count(*) FROM review_exports x WHERE rows <> (SELECT count(*) FROM review_export_rows r WHERE r.export_id = x.export_id)) AS bad_counts,
             (SELECT count(*) FROM review_import_rows i WHERE NOT EXISTS (SELECT 1 FROM transfers t WHERE t.transfer_id = i.transfer_id AND t.version >= i.version_after)) AS bad_versions,
             (SELECT count(*) FROM review_import_rows i WHERE len(string_split(i.actions, ',')) > (SELECT count(*) FROM transfer_events e WHERE e.transfer_id = i.transfer_id AND e.action <> 'create' AND e.action <> 'send')) AS missing_events`);
    expect(checks).toEqual([{ bad_counts: 0n, bad_versions: 0n, missing_events: 0n }]);
  });

  it('importing the same file again changes nothing: applied rows are unchanged, refusals stay refusals', async () => {
    const before = { t: await transfers(), e: await events(), i: await queryRows(store.conn, 'SELECT count(*) AS n FROM review_import_rows') };
    const again = await importReviewWorkbook(store.conn, edited, { by: '王芳', asOf: '2026-04-24' });
    expect(again).toMatchObject({ applied: 0, unchanged: 4, refused: 4 });
    expect(again.rows.filter((r) => r.kind === 'unchanged').map((r) => r.sheetRow)).toEqual([3, 4, 5, 10]);
    expect({ t: await transfers(), e: await events(), i: await queryRows(store.conn, 'SELECT count(*) AS n FROM review_import_rows') }).toEqual(before);
  });

  it('refuses a workbook that is not one of ours as a whole', async () => {
    const other = join(dir, '别的表.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['移送编号']);
    await wb.xlsx.writeFile(other);
    await expect(importReviewWorkbook(store.conn, other, { by: '王芳' })).rejects.toThrow(/不是本系统导出的审核表/);
  });
});

describe('review workbook writer', () => {
  const row = (i: number): ReviewSheetRow => ({
    transfer_id: `TR-2026-00000${i}`, case_id: `SME-2026-00000${i}`, mechanism: '线索移送', from_agency: '区根治欠薪办', rule_id: 'R1',
    reason: i === 1 ? '=1+1 上游欠款致欠薪' : '同一项目', party: '上海城建（集团）有限公司', creditor: '上海安瑞劳务有限公司',
    amount: 12345.67, workers: 12, created_on: new Date(Date.UTC(2026, 3, 20)), due_on: null, status: '已移送',
    names: '张**（反映人）', phones: '138****5678', id_numbers: null, texts: '欠薪三个月\n第二行',
    action: null, outcome: null, cleared: null, note: null, handler: null, handled_on: null, hidden_id: `TR-2026-00000${i}`, hidden_version: 2,
  });

  it('writes a very large sheet with inline text that reads back the same as shared strings, rows where lockedCellsOf says', async () => {
    const read: Awaited<ReturnType<typeof readReviewWorkbook>>[] = [];
    for (const large of [false, true]) {
      const path = join(dir, `writer-${large}.xlsx`);
      const w = openReviewWorkbook({ path, title: '标题', notes: ['说明'], meta: { 导出编号: 'RV-2026-000009' } }, large);
      w.add([row(1)]);
      w.add([row(2)]);
      expect(await w.close()).toBe(2);
      read.push(await readReviewWorkbook(path));
    }
    expect(read[1]!.rows).toEqual(read[0]!.rows);
    expect(read[1]!.rows.map((r) => r.sheetRow)).toEqual([FIRST_DATA_ROW, FIRST_DATA_ROW + 1]);
    const locked = lockedCellsOf(row(1));
    expect(locked['移送理由']).toBe("'=1+1 上游欠款致欠薪"); // as written: neutralised
    expect(cellText(read[1]!.rows[0]!.cells.reason)).toBe(locked['移送理由']);
    expect(cellText(read[1]!.rows[0]!.cells.created_on)).toBe(locked['移送日期']);
  });

  it('a file its thread cannot write fails the export in a clerk\'s words; the transfers stay sent and nothing is recorded', async () => {
    mkdirSync(join(dir, 'blocked'));
    const own = await openSeededStore(join(dir, 'blocked'), ':memory:');
    try {
      const target = join(dir, 'blocked', '区根治欠薪办审核表.xlsx');
      mkdirSync(join(dir, 'blocked', `.区根治欠薪办审核表.xlsx.${process.pid}.tmp`), { recursive: true }); // the writer's file is a folder
      await expect(exportReviewWorkbook(own.conn, { agency: 'wage', out: target, asOf: '2026-04-20' })).rejects.toThrow(/无法写入/);
      expect(existsSync(target)).toBe(false);
      expect(await queryRows(own.conn, 'SELECT count(*) AS n FROM review_exports')).toEqual([{ n: 0n }]);
      const sent = await queryRows<{ n: bigint }>(own.conn, "SELECT count(*) AS n FROM transfers WHERE status = 'sent' AND to_agency IN ('wage', 'joint')");
      expect(Number(sent[0]!.n)).toBeGreaterThan(0); // sent with the failed export: the next export carries them
    } finally {
      own.close();
    }
  });
});
