import { writeFile } from 'node:fs/promises';
import { formatFen } from '../normalize/parse-amount.js';
import { csvField } from './safe-cell.js';
import type { ShareColumn, ShareValue } from './share-columns.js';

function textOf(v: ShareValue): string {
  if (v === null) return '';
  if (v.kind === 'fen') return formatFen(Number(v.value)).replaceAll(',', ''); // exact: from integer fen, never a float
  return String(v.value);
}

/**
 * Writes the information-sharing registry as CSV: UTF-8 with a BOM (Excel and WPS open it as
 * Chinese), CRLF, every field neutralised and quoted by csvField, and a last 脱敏规则 column naming
 * the policy on every row, so a row copied elsewhere still says how it was masked.
 * @example await writeShareCsv('共享.csv', SHARE_COLUMNS, rows, '…脱敏规则（2026.1）')
 */
export async function writeShareCsv(path: string, columns: readonly ShareColumn[], rows: readonly (readonly ShareValue[])[], policyTitle: string): Promise<void> {
  const lines = [[...columns.map((c) => c.header), '脱敏规则'].map(csvField).join(',')];
  for (const values of rows) lines.push([...values.map(textOf), policyTitle].map(csvField).join(','));
  await writeFile(path, '\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8');
}
