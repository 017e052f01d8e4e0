import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseFile, type SheetParse } from '../../src/ingest/parse-file.js';
import { sheetRules } from '../../src/ingest/parse-sheet.js';
import type { RawRow } from '../../src/ingest/raw-row.js';
import { amountFen, text } from '../../src/validate/field-rules.js';
import { rowValidator, validateRow, withRowCheck } from '../../src/validate/validate-row.js';
import { quirkySurveySheet, writeWorkbook } from '../helpers/write-fixtures.js';
import { tempDir } from '../helpers/temp-dir.js';

// rowValidator runs each field's rule as a plain function and leaves zod to the rows something
// refuses: the oracle is zod itself (validateRow), row by row, on every sample file.

const SAMPLES = join(import.meta.dirname, '../../sample-data/2026-04');
const dir = tempDir('row-validator-');

async function dataRows(path: string): Promise<{ sheet: SheetParse; rows: RawRow[] }[]> {
  const out: { sheet: SheetParse; rows: RawRow[] }[] = [];
  for await (const ev of parseFile(path, { fileId: 1, sha256: 'f'.repeat(64), deferData: true })) {
    if (ev.kind === 'data') out.push({ sheet: ev.sheet, rows: [...ev.rows] });
  }
  return out;
}

describe('rowValidator', () => {
  it('gives exactly what zod gives, accepted value or rejects, for every row of every sample file', async () => {
    const files = readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(xlsx|csv)$/.test(f) && !f.includes('ground-truth')).map((f) => join(SAMPLES, f));
    files.push(await writeWorkbook(join(dir, 'quirky.xlsx'), (wb) => quirkySurveySheet(wb)));
    let accepted = 0;
    let rejected = 0;
    for (const file of files) {
      for (const { sheet, rows } of await dataRows(file)) {
        // Separate schemas, so neither side sees values the other one remembered.
        const fast = rowValidator(sheetRules(sheet.header, sheet.preamble).schema, sheet.header.match.columns);
        const zodOnly = sheetRules(sheet.header, sheet.preamble).schema;
        for (const row of rows) {
          const expected = validateRow(zodOnly, sheet.header.match.columns, row.cells);
          expect(fast(row.cells), `${file} row ${row.rowNumber}`).toEqual(expected);
          if (expected.ok) accepted++;
          else rejected++;
        }
      }
    }
    // The samples hold both kinds, or this would prove little.
    expect(accepted).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(20);
  });

  it('runs checks registered with withRowCheck, and leaves a schema with a check it cannot see to zod', () => {
    const columns = [
      { field: 'owed', index: 0, label: '欠款', unit: null },
      { field: 'note', index: 1, label: '备注', unit: null },
    ] as unknown as Parameters<typeof validateRow>[1];
    const fields = z.object({ owed: amountFen('元'), note: text() });
    const registered = withRowCheck(fields, (r, ctx) => {
      if (r.owed !== null && r.owed > 100_000) ctx.addIssue({ code: 'custom', path: ['owed'], message: '超过一千元' });
    });
    const direct = fields.refine((r) => r.note !== '保密', { message: '备注不能为保密', path: ['note'] });
    for (const schema of [registered, direct] as const) {
      const validate = rowValidator(schema as never, columns);
      for (const cells of [[12, '正常'], [5000, '过大'], [3, '保密'], [null, null], ['壹佰元', ' 空 格 ']]) {
        expect(validate(cells)).toEqual(validateRow(schema as never, columns, cells));
      }
    }
    expect(rowValidator(registered as never, columns)([5000, 'x'])).toMatchObject({ ok: false, rejects: [{ field: 'owed', reason: expect.stringContaining('超过一千元') }] });
    expect(rowValidator(direct as never, columns)([1, '保密'])).toMatchObject({ ok: false, rejects: [{ field: 'note' }] });
  });
});
