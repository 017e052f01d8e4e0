import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();

describe('arrears CLI shell', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['init', 'ingest', 'start']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    expect(r.stdout).toContain('--db');
    expect(r.stdout).toContain('--json');
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('an unknown command is a usage error (exit 2)', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  it('init creates the database and a valid config; --json puts one JSON document on stdout', async () => {
    const db = join(dir, 'a', 'arrears.duckdb');
    const r = await runCli(['--json', '--db', db, 'init'], { cwd: dir });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.database).toBe(db);
    expect(out.configWritten).toBe(true);
    expect(out.migrationsApplied.length).toBeGreaterThan(0);
    expect(existsSync(db)).toBe(true);
    const config = JSON.parse(readFileSync(join(dir, 'arrears.config.json'), 'utf8'));
    expect(config.database).toBe(db);
    // A second init applies nothing new and keeps the config.
    const again = JSON.parse((await runCli(['--json', '--db', db, 'init'], { cwd: dir })).stdout);
    expect(again.migrationsApplied).toEqual([]);
    expect(again.configWritten).toBe(false);
  });

  it('ARREARS_DB chooses the database when --db is absent', async () => {
    const db = join(dir, 'env.duckdb');
    const r = await runCli(['--json', '--config', join(dir, 'env.config.json'), 'init'], { cwd: dir, env: { ARREARS_DB: db } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).database).toBe(db);
  });

  it('an invalid config file is refused with the key that is wrong (exit 2)', async () => {
    const cfg = join(dir, 'bad.config.json');
    writeFileSync(cfg, JSON.stringify({ ingest: { concurrency: 0 }, typo: 1 }));
    const r = await runCli(['--config', cfg, '--db', join(dir, 'x.duckdb'), 'init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ingest.concurrency');
    expect(r.stderr).toContain('配置文件');
  });

  it('a bad --db path is an environment error with a clear message (exit 2)', async () => {
    const r = await runCli(['--db', '/etc/passwd/sub/x.duckdb', 'init'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/无法(创建|打开)数据库/);
    expect(r.stderr).toContain('--db');
    expect(r.stderr).not.toContain('内部错误');
  });

  it('a second writer is refused with a message naming the holder', async () => {
    const db = join(dir, 'locked.duckdb');
    await runCli(['--db', db, 'init'], { cwd: dir });
    // Another process holds the file open for writing, as a long ingest would.
    const holder = spawn(
      process.execPath,
      ['-e', `import('@duckdb/node-api').then(async (m) => { await m.DuckDBInstance.create(${JSON.stringify(db)}); console.log('held'); setInterval(() => {}, 1000); })`],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
      const r = await runCli(['--db', db, 'init'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('正被另一个进程使用');
      expect(r.stderr).toContain(`PID ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
