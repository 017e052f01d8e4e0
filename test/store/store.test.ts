import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/open-store.js';
import { exec, queryOne, queryRows, quoteIdent, withTransaction } from '../../src/store/sql.js';
import { openTableAppender } from '../../src/store/table-appender.js';
import { tempDir } from '../helpers/temp-dir.js';
import { withDatabase } from '../helpers/with-database.js';

const dir = tempDir();

describe('store', () => {
  it('applies every migration once and records it; reopening applies none', async () => {
    const path = join(dir, 'm.duckdb');
    const first = await openStore({ path });
    const versions = (await queryRows<{ version: number }>(first.conn, 'SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
    first.close();
    expect(versions).toEqual(listMigrations().map((m) => m.version));
    expect(first.migrations.every((m) => m.status === 'applied')).toBe(true);
    const second = await openStore({ path });
    second.close();
    expect(second.migrations.every((m) => m.status === 'already')).toBe(true);
  });

  it('every DDL file states its grain and invariants in a leading comment', () => {
    for (const m of listMigrations()) {
      expect(m.sql.startsWith('--'), `${m.name} starts with a comment`).toBe(true);
      expect(m.sql.split('\n')[0], `${m.name} names its grain`).toMatch(/one row per/);
    }
  });

  it('refuses a file whose migrations were edited after being applied', async () => {
    const path = join(dir, 'edited.duckdb');
    const s = await openStore({ path });
    await exec(s.conn, "UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1");
    s.close();
    await expect(openStore({ path })).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
  });

  it('extensions that are not bundled are not downloaded', async () => {
    await withDatabase(async ({ conn }) => {
      await expect(conn.run("SELECT * FROM read_xlsx('x.xlsx')")).rejects.toThrow();
      const s = await queryOne<{ v: string }>(conn, "SELECT current_setting('autoinstall_known_extensions')::VARCHAR AS v");
      expect(s?.v).toBe('false');
    });
  });

  it('DuckDB memory is capped at 2 GB unless ARREARS_DUCKDB_MEMORY says otherwise', async () => {
    const limit = async () => {
      const store = await openStore({ path: ':memory:' });
      try {
        return (await queryOne<{ v: string }>(store.conn, "SELECT current_setting('memory_limit') AS v"))?.v;
      } finally {
        store.close();
      }
    };
    const saved = process.env.ARREARS_DUCKDB_MEMORY;
    try {
      delete process.env.ARREARS_DUCKDB_MEMORY;
      expect(await limit()).toBe('1.8 GiB'); // DuckDB's GB is 10^9 bytes
      process.env.ARREARS_DUCKDB_MEMORY = '1GB';
      expect(await limit()).toBe('953.6 MiB');
    } finally {
      if (saved === undefined) delete process.env.ARREARS_DUCKDB_MEMORY;
      else process.env.ARREARS_DUCKDB_MEMORY = saved;
    }
  });

  it('quotes identifiers, binds values, and rolls a failed transaction back', async () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    await withDatabase(async ({ conn }) => {
      await exec(conn, `CREATE TABLE ${quoteIdent('t "x"')} (v VARCHAR)`);
      await exec(conn, { sql: `INSERT INTO ${quoteIdent('t "x"')} VALUES (?)`, params: ["'; DROP TABLE files; --"] });
      await expect(
        withTransaction(conn, async () => {
          await exec(conn, { sql: `INSERT INTO ${quoteIdent('t "x"')} VALUES (?)`, params: ['second'] });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const rows = await queryRows<{ v: string }>(conn, `SELECT v FROM ${quoteIdent('t "x"')}`);
      expect(rows.map((r) => r.v)).toEqual(["'; DROP TABLE files; --"]);
      expect(await queryOne(conn, 'SELECT count(*) AS n FROM files')).toEqual({ n: 0n });
    });
  });

  it('the table appender writes objects by column name, with NULLs, bigints and dates', async () => {
    await withDatabase(async ({ conn }) => {
      await exec(conn, 'CREATE TABLE t (id INTEGER, fen BIGINT, d DATE, ok BOOLEAN, s VARCHAR)');
      const a = await openTableAppender(conn, 't');
      a.append({ id: 1, fen: 900719925474099, d: '2026-04-01', ok: true, s: '古美' });
      a.append({ id: 2 });
      a.close();
      a.close();
      const rows = await queryRows(conn, "SELECT id, fen, strftime(d, '%Y-%m-%d') AS d, ok, s FROM t ORDER BY id");
      expect(rows).toEqual([
        { id: 1, fen: 900719925474099n, d: '2026-04-01', ok: true, s: '古美' },
        { id: 2, fen: null, d: null, ok: null, s: null },
      ]);
    });
  });
});
