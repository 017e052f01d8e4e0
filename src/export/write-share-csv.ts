import { open } from 'node:fs/promises';
import { formatFen } from '../normalize/parse-amount.js';
import { csvField } from './safe-cell.js';
import type { ShareColumn, ShareValue } from './share-columns.js';

function textOf(v: ShareValue): string {
  if (v === null) return '';
  if (v.kind === 'fen') return formatFen(Number(v.value)).replaceAll(',', ''); // exact: from integer fen, never a float
  return String(v.value);
}

/**
 * Writes the information-sharing registry as CSV, rows as they come: UTF-8 with a BOM (Excel and
 * WPS open it as Chinese), CRLF, every field neutralised and quoted by csvField, and a last 脱敏规则
 * column naming the policy on every row, so a row copied elsewhere still says how it was masked.
 * @example const csv = await openShareCsv('共享.csv', SHARE_COLUMNS, '…脱敏规则（2026.1）'); await csv.add(rows); await csv.close();
 */
export async function openShareCsv(path: string, columns: readonly ShareColumn[], policyTitle: string): Promise<{ add(rows: readonly (readonly ShareValue[])[]): Promise<void>; close(): Promise<void> }> {
  const file = await open(path, 'w');
  const policy = csvField(policyTitle);
  try {
    await file.write('\uFEFF' + [...columns.map((c) => c.header), '脱敏规则'].map(csvField).join(',') + '\r\n');
  } catch (err) {
    await file.close();
    throw err;
  }
  return {
    async add(rows) {
      let chunk = '';
      for (const values of rows) chunk += values.map((v) => csvField(textOf(v))).join(',') + ',' + policy + '\r\n';
      await file.write(chunk);
    },
    close: () => file.close(),
  };
}
