import { basename, join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { serialQueue } from '../store/serial-queue.js';
import type { ExportBatch } from './export-batch.js';
import { exec } from '../store/sql.js';
import { asOfDate } from './as-of-date.js';
import { maskCasePersonalData, type PersonalValue } from './mask-case-personal-data.js';
import { pagedWithPersonal } from './personal-data-sql.js';
import { AGENCY_LABEL } from './export-labels.js';
import { loadMaskingPolicy, type Agency, type MaskingPolicy } from './load-masking-policy.js';
import { nextExportId } from './next-export-id.js';
import { SHARE_COLUMNS } from './share-columns.js';
import { SHARE_ORDER, sharedCasesSql, type SharedCaseRow } from './shared-cases-sql.js';
import { writeAtomically } from './write-atomically.js';
import { openShareCsv } from './write-share-csv.js';
import { PAGE_ROWS, startWorkbookThread } from './write-workbook-on-worker.js';

export interface ExportShareOptions {
  readonly agency: Agency;
  /** The folder the xlsx and csv go into (created if needed). */
  readonly outDir: string;
  readonly asOf?: string;
  readonly policy?: MaskingPolicy;
  /** Exports running side by side on the connection (see exportBatch). */
  readonly batch?: ExportBatch;
}

export interface ShareExportSummary {
  readonly exportId: string;
  readonly agency: Agency;
  readonly asOf: string;
  readonly xlsx: string;
  readonly csv: string;
  readonly rows: number;
  readonly policy: string;
}

const KIND_WORD = { econ: '欠薪', wage: '拖欠中小企业账款' } as const;
const TREATMENT_WORD = { clear: '原样提供', mask: '脱敏后提供', omit: '不提供' } as const;
const KIND_RULE = { id_number: '只显示前6位和后4位', phone: '手机号只显示前3位和后4位，固定电话只显示区号和后4位', person_name: '只显示姓', free_text: '其中的身份证号、手机号、银行卡号、姓名按规则遮盖' } as const;

/**
 * Writes an agency's information-sharing registry (信息共享台账) as xlsx and csv: the other
 * agency's cases about enterprises both offices touch, with the receiving office's related cases,
 * and personal data masked per the policy, which both files name (name and version).
 * @example await exportShareRegistry(conn, { agency: 'wage', outDir: 'out/share' }) //=> { rows: 387, xlsx: '…/信息共享台账_区根治欠薪办_2026-04-20.xlsx', … }
 */
export async function exportShareRegistry(conn: DuckDBConnection, options: ExportShareOptions): Promise<ShareExportSummary> {
  const asOf = asOfDate(options.asOf);
  const policy = options.policy ?? loadMaskingPolicy();
  const { agency } = options;
  const lock = options.batch?.lock ?? serialQueue(); // alone: its own queue
  const label = AGENCY_LABEL[agency]!;
  const thread = startWorkbookThread(); // loads exceljs while the queries below run
  const { cases, exportId } = await lock(async () => {
    // The cases with their personal values (in clear until masked below), read a page at a time.
    const cases = await pagedWithPersonal(conn, sharedCasesSql(agency), SHARE_ORDER);
    const exportId = await nextExportId(conn, 'share_exports', 'SH', asOf.slice(0, 4), options.batch?.claimed);
    return { cases, exportId };
  }).catch((err: unknown) => {
    thread.abort();
    throw err;
  });
  const base = join(resolve(options.outDir), `信息共享台账_${label}_${asOf}`);
  const policyLine = `个人信息已按《${policy.title}》脱敏；企业名称和统一社会信用代码不属于个人信息。导出编号 ${exportId}。`;
  const notes: [string, string][] = [
    ['内容', `供${label}查阅的${KIND_WORD[agency]}案件：涉及两部门共同单位（同一单位既在拖欠账款案件中、又是欠薪案件的用人单位）或已建立关联（上游欠款致欠薪、同一欠款方、同一项目）的案件，共 ${cases.rows} 件。`],
    ['导出', `导出编号 ${exportId}，导出日期 ${asOf}。`],
    ['脱敏规则', policy.title],
    ...[...policy.fields.values()].map((f): [string, string] => [
      f.label, `${TREATMENT_WORD[policy.treatment('share', f.owner, agency)]}（${AGENCY_LABEL[f.owner]}收集；${KIND_RULE[f.kind]}）`,
    ]),
  ];
  // The workbook is written on its own thread while this one writes the csv from the same rows.
  const columns = SHARE_COLUMNS.map((c) => ({ header: c.header, width: c.width, money: c.money }));
  try {
    await writeAtomically(`${base}.xlsx`, (xlsxTmp) => writeAtomically(`${base}.csv`, async (csvTmp) => {
      const xlsx = thread.open('share', { path: xlsxTmp, title: `信息共享台账（供${label}，${asOf}）`, policyLine, columns, notes }, cases.rows);
      try {
        const csv = await openShareCsv(csvTmp, SHARE_COLUMNS, policy.title);
        try {
          for (let from = 0; from < cases.rows; from += PAGE_ROWS) {
            const page = await lock(() => cases.page<SharedCaseRow & { readonly personal: readonly PersonalValue[] | null }>(from, from + PAGE_ROWS));
            const rows = page.map((c) => {
              const personal = maskCasePersonalData(c.personal ?? [], policy, 'share', agency);
              return SHARE_COLUMNS.map((col) => col.value(c, personal));
            });
            await xlsx.add(rows);
            await csv.add(rows);
          }
        } finally {
          await csv.close();
        }
        await xlsx.close();
      } catch (err) {
        thread.abort(); // before the half-written file is removed
        throw err;
      }
    }));
  } finally {
    thread.abort(); // a no-op once the file is complete; else the thread must not outlive the export
    await lock(() => cases.drop());
  }
  await lock(() => exec(conn, {
    sql: 'INSERT INTO share_exports (export_id, agency, as_of, xlsx_file, csv_file, rows, policy) VALUES (?, ?, ?, ?, ?, ?, ?)',
    params: [exportId, agency, asOf, basename(`${base}.xlsx`), basename(`${base}.csv`), cases.rows, policy.title],
  }));
  return { exportId, agency, asOf, xlsx: `${base}.xlsx`, csv: `${base}.csv`, rows: cases.rows, policy: policy.title };
}
