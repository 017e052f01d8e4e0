import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker/start-module-worker.js';
import type { ShareValue } from './share-columns.js';
import type { ShareWorkbookHead } from './write-share-xlsx.js';
import type { ReviewSheetRow, ReviewWorkbookHead } from './write-review-workbook.js';

/** The workbooks a worker thread can write, with what each is opened with and fed. */
export interface WorkbookKinds {
  readonly review: { readonly head: ReviewWorkbookHead; readonly row: ReviewSheetRow };
  readonly share: { readonly head: ShareWorkbookHead; readonly row: readonly ShareValue[] };
}
export type WorkbookKind = keyof WorkbookKinds;

export type WorkbookWriterMessage =
  | { readonly type: 'open'; readonly kind: WorkbookKind; readonly head: WorkbookKinds[WorkbookKind]['head']; readonly large: boolean }
  | { readonly type: 'rows'; readonly rows: readonly WorkbookKinds[WorkbookKind]['row'][] }
  | { readonly type: 'close' };

export type WorkbookWriterReply =
  | { readonly type: 'written'; readonly rows: number }
  | { readonly type: 'closed'; readonly rows: number }
  | { readonly type: 'failed'; readonly message: string; readonly code?: string };

/** A workbook being written on a worker thread. */
export interface WorkbookOnWorker<R> {
  /** Queues a batch of rows; waits while too many batches are unwritten. */
  add(rows: readonly R[]): Promise<void>;
  /** Resolves with the row count when the file is complete; rejects with the writer's error. */
  close(): Promise<number>;
}

/** Batches in flight before `add` waits for the worker: bounds what queues between the threads. */
const MAX_IN_FLIGHT = 4;

/** Rows an export reads from the store and hands to a workbook thread at a time. */
export const PAGE_ROWS = 2000;

/**
 * Beyond this many rows a sheet's text is written inline rather than as shared strings, which
 * exceljs holds in memory to the end.
 */
const INLINE_TEXT_ABOVE = 100_000;

/** Threads that finished a workbook, ready for the next (the review stage's serve the registries). */
const idle: Worker[] = [];

/**
 * Starts workbook threads ahead of need, up to `count` idle ones: each loads exceljs (about 0.4 s
 * of one core) while other work runs. Idle threads do not keep the process alive.
 * @example warmWorkbookThreads(2) // before the two agencies' review workbooks
 */
export function warmWorkbookThreads(count: number): void {
  while (idle.length < count) {
    const worker = newThread();
    worker.unref();
    idle.push(worker);
  }
}

function newThread(): Worker {
  const worker = startModuleWorker(import.meta.url, 'workbook-writer-worker');
  worker.on('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  return worker;
}

/** A worker thread for one workbook, started before the workbook is known. */
export interface WorkbookThread {
  /** Opens the workbook on the thread, for `rows` data rows to follow through the handle. */
  open<K extends WorkbookKind>(kind: K, head: WorkbookKinds[K]['head'], rows: number): WorkbookOnWorker<WorkbookKinds[K]['row']>;
  /** Stops the thread (nothing is written, or the export failed elsewhere). */
  abort(): void;
}

/**
 * A workbook (a review workbook or a shared registry) written on its own worker thread, so the
 * main thread can query and prepare the next rows, or another file, meanwhile. The thread starts
 * at once (or one that finished a workbook is taken again) and loads exceljs while the caller
 * queries; `open` names the file. A file-system error
 * keeps its code, so writeAtomically reports it in a clerk's words.
 * @example const t = startWorkbookThread(); …; const w = t.open('review', head, rows.length); await w.add(rows); await w.close(); //=> rows.length
 */
export function startWorkbookThread(): WorkbookThread {
  const worker = idle.pop() ?? newThread();
  worker.ref();
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let finish: { resolve(rows: number): void; reject(e: Error): void } | undefined;
  let ended = false;
  const detach = () => {
    worker.off('message', onMessage).off('error', fail).off('exit', onExit);
  };
  function fail(err: Error) {
    failure ??= err;
    wake?.();
    finish?.reject(failure);
    detach();
    void worker.terminate();
  }
  function onMessage(m: WorkbookWriterReply) {
    if (m.type === 'written') {
      inFlight -= 1;
      wake?.();
    } else if (m.type === 'closed') {
      // Done: the thread waits for the next workbook (exceljs stays loaded), without keeping the process alive.
      ended = true;
      detach();
      worker.unref();
      idle.push(worker);
      finish?.resolve(m.rows);
    } else fail(Object.assign(new Error(m.message), m.code ? { code: m.code } : {}));
  }
  function onExit(code: number) {
    if (!ended && !failure) fail(new Error(`表格写入线程意外退出（代码 ${code}）`));
  }
  worker.on('message', onMessage).on('error', fail).on('exit', onExit);
  const abort = () => {
    if (ended) return; // closed: the thread is back among the idle ones
    ended = true;
    detach();
    void worker.terminate();
  };
  return {
    open(kind, head, rows) {
      worker.postMessage({ type: 'open', kind, head, large: rows > INLINE_TEXT_ABOVE } satisfies WorkbookWriterMessage);
      return {
        async add(rows) {
          while (inFlight >= MAX_IN_FLIGHT && !failure) await new Promise<void>((r) => (wake = r));
          if (failure) throw failure;
          inFlight += 1;
          worker.postMessage({ type: 'rows', rows } satisfies WorkbookWriterMessage);
        },
        close() {
          return new Promise<number>((resolve, reject) => {
            if (failure) return reject(failure);
            finish = { resolve, reject };
            worker.postMessage({ type: 'close' } satisfies WorkbookWriterMessage);
          });
        },
      };
    },
    abort,
  };
}
