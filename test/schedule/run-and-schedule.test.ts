import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { readDb } from '../helpers/read-db.js';
import { tempDir } from '../helpers/temp-dir.js';

const dir = tempDir();
const empty = join(dir, 'empty-inbox');
mkdirSync(empty, { recursive: true });
const SAMPLE = join(REPO_ROOT, 'sample-data', '2026-04');


const COUNTS = `SELECT (SELECT count(*) FROM records_v) AS records, (SELECT count(*) FROM rejects_v) AS rejects,
  (SELECT count(*) FROM cases_v) AS cases, (SELECT count(*) FROM entities_v) AS entities, (SELECT count(*) FROM transfers) AS transfers,
  (SELECT count(*) FROM files WHERE status = 'loaded') AS files`;

describe('schedule --once', () => {
  it('runs the latest occurrence on a fresh install, then catches up what was missed over National Day', async () => {
    const db = join(dir, 'sched.duckdb');
    const first = await runCli(['--db', db, '--json', 'schedule', '--once', '--now', '2025-10-08T12:00:00+08:00', '--inbox', empty, '--out', join(dir, 'out')], { cwd: dir });
    expect(first.code).toBe(0);
    const runs1 = JSON.parse(first.stdout).runs.map((r: { pipeline: string }) => r.pipeline).sort();
    expect(runs1).toEqual(['deadline-watch', 'info-share', 'lead-intake', 'quarterly-sweep']);
    const second = await runCli(['--db', db, '--json', 'schedule', '--once', '--now', '2025-10-13T12:00:00+08:00', '--inbox', empty, '--out', join(dir, 'out')], { cwd: dir });
    expect(second.code).toBe(0);
    const rows = await readDb<{ pipeline: string; as_of: string; trigger: string }>(db, "SELECT pipeline, strftime(as_of, '%Y-%m-%d') AS as_of, trigger FROM runs WHERE stage = '*' ORDER BY pipeline, as_of");
    const days = (p: string) => rows.filter((r) => r.pipeline === p).map((r) => r.as_of);
    // Working days only: Oct 1–8 are holidays, Saturday Oct 11 is a make-up working day.
    expect(days('deadline-watch')).toEqual(['2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
    expect(days('lead-intake')).toEqual(['2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13']);
    expect(days('quarterly-sweep')).toEqual(['2025-09-25']);
    expect(rows.filter((r) => r.pipeline === 'deadline-watch' && r.trigger === 'catch-up')).toHaveLength(3);
    const again = await runCli(['--db', db, '--json', 'schedule', '--once', '--now', '2025-10-13T12:00:00+08:00', '--inbox', empty], { cwd: dir });
    expect(JSON.parse(again.stdout).runs).toEqual([]);
  });
});

describe('arrears run', () => {
  it('refuses a second concurrent run with the holder named, and clears a stale lock of a dead process', async () => {
    const db = join(dir, 'lock.duckdb');
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      writeFileSync(`${db}.run.lock`, JSON.stringify({ pid: holder.pid, pipeline: 'quarterly-sweep', startedAt: '2026-04-25T02:00:00.000Z' }));
      const refused = await runCli(['--db', db, 'run', 'deadline-watch', '--inbox', empty, '--out', join(dir, 'o')], { cwd: dir });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`另一个任务正在运行：quarterly-sweep（PID ${holder.pid}`);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.once('exit', r));
    const cleared = await runCli(['--db', db, 'run', 'deadline-watch', '--inbox', empty, '--out', join(dir, 'o')], { cwd: dir });
    expect(cleared.code).toBe(0);
    expect(cleared.stderr).toContain('已不在运行，已清除');
  });

  it('running the quarterly sweep again on the same inputs changes nothing', async () => {
    const db = join(dir, 'idem.duckdb');
    const args = ['--db', db, 'run', 'quarterly-sweep', '--inbox', SAMPLE, '--period', '2026-04', '--as-of', '2026-04-25', '--out', join(dir, 'out-idem')];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const once = await readDb(db, COUNTS);
    const second = await runCli(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/新导入 0/);
    expect(await readDb(db, COUNTS)).toEqual(once);
  });

  it('a run killed mid-ingest and run again ends with the same counts as a clean run', async () => {
    const clean = join(dir, 'clean.duckdb');
    const args = (db: string) => ['--db', db, 'run', 'quarterly-sweep', '--inbox', SAMPLE, '--period', '2026-04', '--as-of', '2026-04-25', '--out', join(dir, 'out-kill')];
    expect((await runCli(args(clean), { cwd: dir })).code).toBe(0);
    const killed = join(dir, 'killed.duckdb');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'arrears.js'), ...args(killed)], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    // Startup takes about a second and the sample's ingest about two: at 1.8 s the run is mid-ingest.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const rerun = await runCli(args(killed), { cwd: dir });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr + rerun.stdout).not.toContain('内部错误');
    expect(await readDb(killed, COUNTS)).toEqual(await readDb(clean, COUNTS));
  });
});
