import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PipelineError } from '../pipeline-error.js';

interface LockContent {
  readonly pid: number;
  readonly pipeline: string;
  readonly startedAt: string;
}

/** A held run lock; release it in `finally`. */
export interface RunLock {
  readonly path: string;
  /** Set when a stale lock of a dead process was found and cleared. */
  readonly clearedStale: string | null;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the run lock beside the database (`arrears.duckdb.run.lock`) so pipeline runs never
 * overlap. A lock whose process is gone (killed, machine rebooted) is stale: it is cleared and
 * said so. A live holder is a clear refusal naming the pipeline, its PID and when it started.
 */
export function acquireRunLock(dbPath: string, pipeline: string): RunLock {
  const path = `${dbPath}.run.lock`;
  let clearedStale: string | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid, pipeline, startedAt: new Date().toISOString() } satisfies LockContent), { flag: 'wx' });
      return { path, clearedStale, release: () => rmSync(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let held: LockContent | null = null;
    try {
      held = JSON.parse(readFileSync(path, 'utf8')) as LockContent;
    } catch {
      held = null; // unreadable: left half-written by a crash
    }
    if (held && alive(held.pid) && held.pid !== process.pid) {
      throw new PipelineError(
        'DB_LOCKED',
        `另一个任务正在运行：${held.pipeline}（PID ${held.pid}，开始于 ${held.startedAt}）。请等它结束后再运行；如确认该进程已无响应，先结束它（kill ${held.pid}）。`,
        { pid: held.pid, pipeline: held.pipeline },
      );
    }
    clearedStale = held
      ? `发现上次运行遗留的锁：${held.pipeline}（PID ${held.pid}，开始于 ${held.startedAt}）已不在运行，已清除。`
      : '发现一个无法读取的运行锁文件，已清除。';
    rmSync(path, { force: true });
  }
  throw new PipelineError('DB_LOCKED', `无法取得运行锁 ${path}。请稍后再试。`, { path });
}
