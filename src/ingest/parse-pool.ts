import type { Worker } from 'node:worker_threads';
import type { SourceKind } from '../../schemas/header-aliases.js';
import { PipelineError, type PipelineErrorCode } from '../pipeline-error.js';
import { startModuleWorker } from '../worker/start-module-worker.js';
import type { LoadEvent } from './load-parsed-file.js';
import type { ReadOptions } from './raw-row.js';

/** What a worker needs to parse a file like loadParsedFile would. */
export interface ParseJobOptions {
  readonly source?: SourceKind;
  readonly period?: string;
  readonly encoding?: ReadOptions['encoding'];
  readonly batchSize?: number;
}

export type ToWorker =
  | { readonly type: 'job'; readonly id: number; readonly path: string; readonly options: ParseJobOptions }
  | { readonly type: 'credit'; readonly id: number; readonly data: boolean }
  | { readonly type: 'landing' | 'cancel'; readonly id: number };

export type FromWorker =
  | { readonly type: 'hash'; readonly id: number; readonly sha256: string }
  | { readonly type: 'hash-failed'; readonly id: number; readonly message: string }
  | { readonly type: 'event'; readonly id: number; readonly event: LoadEvent }
  | { readonly type: 'done'; readonly id: number }
  | {
      readonly type: 'failed';
      readonly id: number;
      readonly error: { readonly pipeline: boolean; readonly code?: PipelineErrorCode; readonly message: string; readonly context?: Record<string, unknown> };
    };

/** A file being hashed and parsed on a worker thread; its events arrive in order. */
export interface ParseJob {
  /** The file's SHA-256; rejects when the file cannot be read at all. */
  readonly sha256: Promise<string>;
  /** The file's events; iterate once. A parse failure is thrown where it happened. */
  events(): AsyncIterable<LoadEvent>;
  /** Stops the parse (the file was skipped); events not yet taken are dropped. */
  cancel(): void;
}

/**
 * Worker threads that parse files (read, find headers, classify and validate rows) while the main
 * thread writes. Jobs start in submission order, one per worker at a time; each job's events
 * queue here until taken, and a worker pauses when its job is too far ahead of the writer.
 *
 * @example
 * const pool = new ParsePool(2);
 * const job = pool.submit('台账.xlsx', {});
 * const sha = await job.sha256;
 * for await (const ev of job.events()) console.log(ev.kind);
 * await pool.close();
 */
export class ParsePool {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting: JobState[] = [];
  private nextId = 1;
  private closed = false;

  /** `heapMb`: each thread's old-generation heap (default: V8's; see startWorker). */
  constructor(
    private readonly size: number,
    private readonly heapMb?: number,
  ) {}

  submit(path: string, options: ParseJobOptions): ParseJob {
    const state = new JobState(this.nextId++, path, options);
    this.waiting.push(state);
    this.dispatch();
    return {
      sha256: state.sha256,
      events: () => state.events(),
      cancel: () => state.cancel(),
    };
  }

  /** Terminates the workers; jobs still running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.fail(new Error('解析线程已关闭'));
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (!this.closed && this.waiting.length > 0) {
      let worker = this.workers.find((w) => w.job === undefined);
      if (!worker && this.workers.length < this.size) this.workers.push((worker = this.spawn()));
      if (!worker) return;
      worker.start(this.waiting.shift()!);
    }
  }

  private spawn(): PoolWorker {
    const worker = new PoolWorker(this.heapMb, () => this.dispatch(), (dead) => {
      this.workers.splice(this.workers.indexOf(dead), 1);
      this.dispatch();
    });
    return worker;
  }
}

/** One worker thread and the job it is running. */
class PoolWorker {
  job: JobState | undefined;
  private readonly thread: Worker;
  private exited = false;

  constructor(heapMb: number | undefined, onIdle: () => void, onDeath: (w: PoolWorker) => void) {
    this.thread = startWorker(heapMb);
    this.thread.on('message', (msg: FromWorker) => {
      const job = this.job;
      if (!job || job.id !== msg.id) return;
      job.receive(msg);
      if (msg.type === 'done' || msg.type === 'failed' || msg.type === 'hash-failed') {
        this.job = undefined;
        onIdle();
      }
    });
    const die = (reason: string) => {
      if (this.exited) return;
      this.exited = true;
      this.job?.fail(new ParseThreadDied(reason));
      this.job = undefined;
      onDeath(this);
    };
    this.thread.on('error', (err) => die(err.message));
    this.thread.on('exit', (code) => die(`退出码 ${code}`));
  }

  start(job: JobState): void {
    this.job = job;
    job.attach((msg) => this.thread.postMessage(msg));
    this.thread.postMessage({ type: 'job', id: job.id, path: job.path, options: job.options } satisfies ToWorker);
  }

  async terminate(): Promise<void> {
    this.exited = true;
    await this.thread.terminate();
  }
}

/** A job's events as they arrive, and the one consumer waiting for them. */
class JobState {
  readonly sha256: Promise<string>;
  private resolveHash!: (sha: string) => void;
  private rejectHash!: (err: Error) => void;
  private readonly queue: LoadEvent[] = [];
  private ended = false;
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private send: ((msg: ToWorker) => void) | undefined;
  private cancelled = false;
  private landing = false;

  constructor(
    readonly id: number,
    readonly path: string,
    readonly options: ParseJobOptions,
  ) {
    this.sha256 = new Promise((resolve, reject) => {
      this.resolveHash = resolve;
      this.rejectHash = reject;
    });
    this.sha256.catch(() => undefined); // a skipped or failed file may never ask
  }

  attach(send: (msg: ToWorker) => void): void {
    this.send = send;
    if (this.cancelled) send({ type: 'cancel', id: this.id });
    else if (this.landing) send({ type: 'landing', id: this.id });
  }

  receive(msg: FromWorker): void {
    switch (msg.type) {
      case 'hash': this.resolveHash(msg.sha256); break;
      case 'hash-failed': this.rejectHash(new Error(msg.message)); this.end(); break;
      case 'event': if (!this.cancelled) this.queue.push(msg.event); break;
      case 'done': this.end(); break;
      case 'failed': this.fail(rebuildError(msg.error)); break;
    }
    this.wake?.();
  }

  fail(err: Error): void {
    this.rejectHash(err);
    this.failure ??= err;
    this.end();
    this.wake?.();
  }

  cancel(): void {
    this.cancelled = true;
    this.queue.length = 0;
    this.send?.({ type: 'cancel', id: this.id });
  }

  async *events(): AsyncGenerator<LoadEvent> {
    // From now on this thread writes the file, and can take some of its rows to parse.
    this.landing = true;
    this.send?.({ type: 'landing', id: this.id });
    try {
      for (;;) {
        const event = this.queue.shift();
        if (event) {
          if (event.kind !== 'facts') this.send?.({ type: 'credit', id: this.id, data: event.kind === 'data' });
          yield event;
          continue;
        }
        if (this.failure) throw this.failure;
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
      }
    } finally {
      // A writer that stops early (its transaction failed) must not leave the worker waiting for credit.
      if (!this.ended) this.cancel();
    }
  }

  private end(): void {
    this.ended = true;
  }
}

function rebuildError(e: Extract<FromWorker, { type: 'failed' }>['error']): Error {
  return e.pipeline && e.code ? new PipelineError(e.code, e.message, e.context ?? {}) : new Error(e.message);
}

/** A parse thread stopped under a job: out of memory, or killed. The file can be parsed elsewhere. */
export class ParseThreadDied extends Error {
  constructor(reason: string) {
    super(`解析线程意外退出（${reason}）`);
    this.name = 'ParseThreadDied';
  }
}

/**
 * Starts a parse worker (the module beside this one). Its old-generation heap is V8's default
 * unless `heapMb` says otherwise. Capped at 512 MB, V8 grew it in smaller steps: a 200,000-row
 * workbook's ingest peaked at 548-590 MB instead of 686-732 MB, but took 9.7-11.1 s instead of
 * 9.6-9.7 s (`npm run bench`), and a 14-workbook sweep 0.5-1.3 s longer; it reached neither
 * memory target and cost the time one, so it is not the default.
 */
function startWorker(heapMb: number | undefined): Worker {
  // Parsing makes many objects that live for one batch: a young generation larger than V8's
  // default lets them die there instead of being copied and promoted (a tenth less CPU). Larger
  // than this buys little and costs its size in memory.
  const heap = heapMb === undefined ? {} : { maxOldGenerationSizeMb: heapMb };
  return startModuleWorker(import.meta.url, 'parse-worker', { maxYoungGenerationSizeMb: 64, ...heap });
}
