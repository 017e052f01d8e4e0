import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/open-store.js';
import { queryRows } from '../../src/store/sql.js';
import { tempDir } from '../helpers/temp-dir.js';

// Migrations 080–082 rebuild stg_complaint, stg_wage_lead (no primary key) and raw_rows (cells
// FSST-compressed) in place: a store from before them keeps every row and every view.

const dir = tempDir('arrears-rebuilt-');

/** A store with the migrations before `upTo` applied, as an older release left it. */
async function storeBefore(path: string, upTo: number): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  try {
    await conn.run(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, checksum VARCHAR NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)`);
    for (const m of listMigrations().filter((x) => x.version < upTo)) {
      await conn.run(m.sql);
      await conn.run('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
    }
    await conn.run(`INSERT INTO files (file_id, sha256, file_name, path, source, status) VALUES (7, 'abc', '投诉.csv', '/in/投诉.csv', 'complaint', 'loaded')`);
    await conn.run(`INSERT INTO raw_rows VALUES (7, '', 1, 'accepted', NULL, '["TS-1","上海某公司"]'), (7, '', 2, 'skipped', 'subtotal', '["合计"]')`);
    await conn.run(`INSERT INTO stg_complaint (record_id, file_id, sheet, row_number, period, kind, complaint_no, complainant_is_enterprise,
      respondent_name_raw, respondent_name, respondent_core_name, amount_claimed_fen, content)
      VALUES ('abc000000000-0-1', 7, '', 1, '2026-04', 'sme_arrears', 'TS-1', true, '上海某公司', '上海某公司', '某', 1234500, '拖欠货款')`);
    await conn.run(`INSERT INTO stg_wage_lead (record_id, file_id, sheet, row_number, period, lead_no, employer_name_raw, employer_name,
      employer_core_name, workers, amount_owed_fen) VALUES ('abc000000000-0-9', 7, '', 9, '2026-04', 'QX-9', '某劳务', '某劳务', '某劳务', 12, 5000000)`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('stg and raw tables rebuilt by migrations 080–082', () => {
  it('keep every row, lose the primary key on record_id, and the views still read them', async () => {
    const path = join(dir, 'old.duckdb');
    await storeBefore(path, 80);
    const store = await openStore({ path });
    try {
      const applied = store.migrations.filter((m) => m.status === 'applied').map((m) => m.version);
      expect(applied).toEqual(listMigrations().filter((m) => m.version >= 80).map((m) => m.version));
      expect(await queryRows(store.conn, 'SELECT row_number, disposition, skip_kind, cells FROM raw_rows ORDER BY row_number')).toEqual([
        { row_number: 1, disposition: 'accepted', skip_kind: null, cells: '["TS-1","上海某公司"]' },
        { row_number: 2, disposition: 'skipped', skip_kind: 'subtotal', cells: '["合计"]' },
      ]);
      expect(await queryRows(store.conn, 'SELECT record_id, amount_claimed_fen, content FROM stg_complaint')).toEqual([
        { record_id: 'abc000000000-0-1', amount_claimed_fen: 1234500n, content: '拖欠货款' },
      ]);
      expect(await queryRows(store.conn, 'SELECT record_id, source, amount_owed_fen FROM records_v ORDER BY record_id')).toEqual([
        { record_id: 'abc000000000-0-1', source: 'complaint', amount_owed_fen: 1234500n },
        { record_id: 'abc000000000-0-9', source: 'wage_lead', amount_owed_fen: 5000000n },
      ]);
      const keys = await queryRows(store.conn, `SELECT table_name FROM duckdb_constraints()
        WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE') AND table_name IN ('stg_complaint', 'stg_wage_lead', 'raw_rows')`);
      expect(keys).toEqual([]);
      const notNull = await queryRows(store.conn, `SELECT table_name FROM duckdb_constraints()
        WHERE constraint_type = 'NOT NULL' AND constraint_column_names = ['record_id'] ORDER BY table_name`);
      expect(notNull.map((r) => r.table_name)).toEqual(expect.arrayContaining(['stg_complaint', 'stg_wage_lead']));
    } finally {
      store.close();
    }
  });
});
