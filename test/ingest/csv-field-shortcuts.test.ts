import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { outcomeOf } from '../../src/ingest/csv-field-values.js';
import { SqlParams } from '../../src/store/sql-params.js';
import { amountFen, phone, text } from '../../src/validate/field-rules.js';
import { fieldShortcut } from '../../src/ingest/csv-field-shortcuts.js';

// Each SQL shortcut claims to give its rule's output for the values it takes. Checked here on
// random cells, DuckDB against the rule itself (set-based loading also checks a sample per file).

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

/** Each value the shortcut takes, with what SQL made of it, for comparison with the rule. */
async function viaSql(rule: unknown, values: readonly string[]): Promise<{ raw: string; s: unknown; n: unknown }[]> {
  const p = new SqlParams();
  const shortcut = fieldShortcut(rule, 'raw', p)!;
  const cases = (part: 's' | 'n') => `CASE ${shortcut.cases.map((c) => `WHEN ${c.when} THEN ${c.parts[part] ?? 'NULL'}`).join(' ')} END`;
  const list = p.bind([...values]);
  const q = p.query(`SELECT raw, ${cases('s')} AS s, ${cases('n')} AS n FROM (SELECT unnest(${list}) AS raw) WHERE ${shortcut.when}`);
  const reader = await conn.runAndReadAll(q.sql, q.params as never);
  return reader.getRowObjectsJS() as { raw: string; s: unknown; n: unknown }[];
}

const chars = (alphabet: string) => fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((cs) => cs.join(''));
const TEXT = 'ab Z9-/#无暂定，（）：；！？ＡＢ０１２　\u00a0\t\n\r中文企业—–／\\．％＋@é·';

describe('SQL shortcuts agree with their rules', () => {
  it('text: NFKC, whitespace runs, trim and placeholders', async () => {
    const rule = text();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(chars(TEXT), fc.constantFrom('无', ' 暂 无 ', '—', '－', '／', 'N/A', '#N/A', '', '  ', '待 协商', 'ＮＡ')), { minLength: 1, maxLength: 40 }), async (values) => {
        for (const r of await viaSql(rule, values)) {
          const o = outcomeOf(rule, 'remarks', r.raw);
          expect(o.ok, r.raw).toBe(true);
          if (o.ok) expect(r.s, JSON.stringify(r.raw)).toBe(o.parts.s ?? null);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('amount: plain decimals and thousands separators to fen, in each unit', async () => {
    for (const unit of ['元', '万元', '亿元'] as const) {
      const rule = amountFen(unit);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(chars('0123456789.,'), fc.constantFrom('1,234,567.89', '0', '007', '12.5', '99999', '1,000')), { minLength: 1, maxLength: 40 }), async (values) => {
          for (const r of await viaSql(rule, values)) {
            const o = outcomeOf(rule, 'amount_owed', r.raw);
            expect(o.ok, `${r.raw} ${unit}`).toBe(true);
            if (o.ok) expect(Number(r.n), `${r.raw} ${unit}`).toBe(o.parts.n);
          }
        }),
        { numRuns: 40 },
      );
    }
  });

  it('phone: mobile numbers as they are', async () => {
    const rule = phone();
    const rows = await viaSql(rule, ['13812345678', '19912345678', '12812345678', '021-64123456', '1381234567']);
    expect(rows.map((r) => r.raw)).toEqual(['13812345678', '19912345678']);
    for (const r of rows) expect(outcomeOf(rule, 'contact_phone', r.raw)).toMatchObject({ ok: true, parts: { s: r.s } });
  });
});
