/**
 * The worker-thread side of ParsePool: hashes and parses the files it is given, one at a time,
 * and posts their events back (facts, then row batches). It never touches the database: the main
 * thread owns the one connection and lands each file in its own transaction.
 */
import { parentPort } from 'node:worker_threads';
import { PipelineError } from '../pipeline-error.js';
import { hashFile } from './hash-file.js';
import { dataParser, parseEvents } from './load-parsed-file.js';
import type { ParseJobOptions, ToWorker, FromWorker } from './parse-pool.js';

/**
 * Row batches (of 500 rows) a job may have posted and the main thread not yet written: bounds
 * memory. A file the main thread is writing needs only a few ready; a file waiting its turn is
 * parsed well ahead (32k rows), which is what lets a sweep of many files use every thread.
 */
const MAX_IN_FLIGHT_LANDING = 4;
const MAX_IN_FLIGHT_WAITING = 64;

/** Data batches handed to the main thread and not yet taken: one keeps it busy, more would wait there unparsed. */
const MAX_HANDED_OVER = 1;

interface Running {
  readonly controller: AbortController;
  inFlight: number;
  /** The main thread is writing this file now, so it can parse some of its rows. */
  landing: boolean;
  handedOver: number;
  wake?: () => void;
}

const port = parentPort!;
const running = new Map<number, Running>();
const queue: { id: number; path: string; options: ParseJobOptions }[] = [];
let busy = false;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'job') {
    queue.push(msg);
    void drain();
  } else {
    const job = running.get(msg.id);
    if (!job) return;
    if (msg.type === 'credit') {
      job.inFlight--;
      if (msg.data) job.handedOver--;
    } else if (msg.type === 'landing') job.landing = true;
    else job.controller.abort();
    job.wake?.();
  }
});

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (let next = queue.shift(); next; next = queue.shift()) await run(next.id, next.path, next.options);
  } finally {
    busy = false;
  }
}

function post(msg: FromWorker): void {
  port.postMessage(msg);
}

async function run(id: number, path: string, options: ParseJobOptions): Promise<void> {
  const job: Running = { controller: new AbortController(), inFlight: 0, landing: false, handedOver: 0 };
  running.set(id, job);
  try {
    let sha256: string;
    try {
      sha256 = await hashFile(path);
    } catch (err) {
      post({ type: 'hash-failed', id, message: (err as Error).message });
      return;
    }
    post({ type: 'hash', id, sha256 });
    const parse = dataParser();
    for await (const ev of parseEvents({ ...options, path, sha256, signal: job.controller.signal, deferData: true })) {
      if (job.controller.signal.aborted) break;
      // Data rows go to the main thread while it writes this file and is about to run out of
      // work (at most one batch waiting, none of them unparsed); the rest are parsed here. Either
      // way each row is parsed once, by the same sheetRowParser.
      let event = ev;
      if (event.kind === 'data') {
        if (job.landing && job.handedOver < MAX_HANDED_OVER && job.inFlight <= 1) job.handedOver++;
        else event = { kind: 'batch', batch: parse(event.sheet, event.rows) };
      }
      post({ type: 'event', id, event });
      if (event.kind !== 'facts' && ++job.inFlight >= limit(job)) {
        while (job.inFlight >= limit(job) && !job.controller.signal.aborted) {
          await new Promise<void>((resolve) => (job.wake = resolve));
        }
        job.wake = undefined;
      }
    }
    post({ type: 'done', id });
  } catch (err) {
    if (job.controller.signal.aborted) post({ type: 'done', id });
    else post({ type: 'failed', id, error: describeError(err) });
  } finally {
    running.delete(id);
  }
}

function limit(job: Running): number {
  return job.landing ? MAX_IN_FLIGHT_LANDING : MAX_IN_FLIGHT_WAITING;
}

function describeError(err: unknown): Extract<FromWorker, { type: 'failed' }>['error'] {
  if (err instanceof PipelineError) {
    let context: Record<string, unknown> = {};
    try {
      context = JSON.parse(JSON.stringify(err.context)) as Record<string, unknown>;
    } catch {
      // the message says what a clerk needs; context is for logs
    }
    return { pipeline: true, code: err.code, message: err.message, context };
  }
  return { pipeline: false, message: err instanceof Error ? err.message : String(err) };
}
