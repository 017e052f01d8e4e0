import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS } from '../../src/export/review-columns.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { openSeededStore } from './seeded-store.js';

const dir = tempDir();
const reviewDb = join(dir, 'review.duckdb');
const shareDb = join(dir, 'share.duckdb');
const col = (header: string) => REVIEW_COLUMNS.findIndex((c) => c.header === header) + 1;

beforeAll(async () => {
  // The seeded records alone (no bundled sample): small and quick; two files so two commands can run at once.
  for (const db of [reviewDb, shareDb]) (await openSeededStore(dir, db, false)).close();
});

describe('review and share from the command line', () => {
  it('exports, takes back an edited workbook (exit 1 when a row is refused), and shares', async () => {
    const out = join(dir, '审核表', '区经委.xlsx');
    const [exported, shared] = await Promise.all([
      runCli(['--db', reviewDb, 'review', 'export', '--agency', 'econ', '--out', out, '--as-of', '2026-04-20'], { cwd: dir }),
      runCli(['--db', shareDb, 'share', '--agency', 'wage', '--out', join(dir, 'share'), '--as-of', '2026-04-20'], { cwd: dir }),
    ]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/已导出区经委待办移送审核表：.*区经委\.xlsx（导出编号 RV-2026-000001，2026-04-20）/);
    expect(exported.stdout).toMatch(/共 5 件待办，其中本次随表移送 5 件/);
    expect(shared.code).toBe(0);
    expect(shared.stdout).toMatch(/已导出供区根治欠薪办查阅的信息共享台账：1 件/);
    expect(existsSync(join(dir, 'share', '信息共享台账_区根治欠薪办_2026-04-20.csv'))).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('待办移送')!;
    ws.getRow(3).getCell(col('处理状态')).value = '签收';
    ws.getRow(4).getCell(col('处理状态')).value = '已阅'; // not a status
    await wb.xlsx.writeFile(out);
    const imported = await runCli(['--db', reviewDb, '--json', 'review', 'import', out, '--by', '王芳', '--as-of', '2026-04-21'], { cwd: dir });
    expect(imported.code).toBe(1);
    const result = JSON.parse(imported.stdout);
    expect(result).toMatchObject({ applied: 1, refused: 1, unchanged: 0, untouched: 3 });
    expect(result.rows).toEqual([
      expect.objectContaining({ kind: 'applied', sheetRow: 3, from: 'sent', to: 'acknowledged' }),
      expect.objectContaining({ kind: 'refused', sheetRow: 4, reason: expect.stringContaining('处理状态只能是') }),
    ]);
  });

  it('says in words when the output folder cannot be made, exits 2, and leaves no writer thread running', async () => {
    const blocker = join(dir, '不是文件夹');
    writeFileSync(blocker, '');
    const r = await runCli(['--db', shareDb, 'review', 'export', '--agency', 'wage', '--out', join(blocker, '区根治欠薪办.xlsx'), '--as-of', '2026-04-20'], { cwd: dir });
    expect(r.code).toBe(2); // and it ended: a writer thread left running would keep the process alive
    expect(r.stderr).toMatch(/无法创建输出文件夹/);
  }, 60_000);
});
