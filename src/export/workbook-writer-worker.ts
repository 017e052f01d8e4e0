/**
 * The worker-thread side of writeWorkbookOnWorker: opens the workbook of the kind asked, writes
 * each batch of rows as it arrives and acknowledges it (so the sender can hold back), and commits
 * on 'close', then waits for the next workbook. Messages: see WorkbookWriterMessage.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkbookWriterMessage, WorkbookWriterReply } from './write-workbook-on-worker.js';
import { openReviewWorkbook, type ReviewWorkbookHead } from './write-review-workbook.js';
import { openShareWorkbook, type ShareWorkbookHead } from './write-share-xlsx.js';

interface Writer {
  add(rows: readonly never[]): void;
  close(): Promise<number>;
}

const port = parentPort!;
let writer: Writer | undefined;
const reply = (m: WorkbookWriterReply) => port.postMessage(m);
const failed = (err: Error) => reply({ type: 'failed', message: err.message, code: (err as NodeJS.ErrnoException).code });

port.on('message', (m: WorkbookWriterMessage) => {
  try {
    if (m.type === 'open') {
      writer = m.kind === 'review' ? openReviewWorkbook(m.head as ReviewWorkbookHead, m.large) : openShareWorkbook(m.head as ShareWorkbookHead, m.large);
    } else if (m.type === 'rows') {
      writer!.add(m.rows as never[]); // the rows of the kind opened
      reply({ type: 'written', rows: m.rows.length });
    } else {
      const done = writer!;
      writer = undefined; // the thread may serve another workbook next
      done.close().then((rows) => reply({ type: 'closed', rows }), failed);
    }
  } catch (err) {
    failed(err as Error);
  }
});
