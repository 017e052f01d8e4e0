import { serialQueue, type SerialQueue } from '../store/serial-queue.js';

/**
 * Exports run side by side on one connection (the two agencies' review workbooks, or their shared
 * registries): the lock (a serialQueue) takes their use of the connection in turn, and `claimed` holds the export
 * ids handed out but not yet recorded, so the second export does not take the first one's id.
 * @example const batch = exportBatch(); await settleAll([exportReviewWorkbook(conn, { …, batch }), exportReviewWorkbook(conn, { …, batch })])
 */
export interface ExportBatch {
  readonly lock: SerialQueue;
  readonly claimed: Set<string>;
}

/** A new batch: an empty queue and no ids claimed. */
export function exportBatch(): ExportBatch {
  return { lock: serialQueue(), claimed: new Set() };
}
