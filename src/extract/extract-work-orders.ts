import type { DuckDBConnection } from '@duckdb/node-api';
import { listedCompanyNames, normalizeShortName } from '../normalize/known-short-names.js';
import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name.js';
import { exec, queryRows, withTransaction } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { APPLY_EXTRACTIONS_SQL, DICTIONARY_NAMES_SQL, PENDING_ORDERS_SQL } from './dictionary-sql.js';
import { buildEnterpriseDictionary, type DictionaryEntry, type EnterpriseDictionary } from './enterprise-dictionary.js';
import { extractComplaint } from './extract-complaint.js';
import { needsReview } from './needs-review.js';

/** Bump when the extractor changes: every order is read again by the next run. */
export const EXTRACTOR_VERSION = '2026.1';

export interface ExtractSummary {
  readonly orders: number;
  readonly sme: number;
  readonly wage: number;
  readonly other: number;
  readonly toReview: number;
  readonly dictionaryNames: number;
}

/** Names as stored, their core names, and listed companies' short names: how callers name them. */
export async function buildStoreDictionary(conn: DuckDBConnection): Promise<EnterpriseDictionary> {
  const entries: DictionaryEntry[] = [];
  for (const r of await queryRows<{ name: string; entity_id: string | null; core_name: string | null }>(conn, DICTIONARY_NAMES_SQL)) {
    entries.push({ entityId: r.entity_id, names: [r.name, ...(r.core_name && r.core_name.length >= 4 ? [r.core_name] : [])] });
  }
  for (const [short, full] of listedCompanyNames()) {
    const n = normalizeEnterpriseName(full);
    entries.push({ entityId: null, names: [n.ok ? n.value.legalName : full, short, normalizeShortName(short)] });
  }
  return buildEnterpriseDictionary(entries);
}

/**
 * The extract stage: reads every work order not yet read by this extractor version against the
 * store's dictionary, and lands kind, parties, amount, project, workers, spans and confidences
 * on the order. People's corrections live apart (work_order_corrections) and always win.
 */
export async function extractWorkOrders(conn: DuckDBConnection): Promise<ExtractSummary> {
  const pending = await queryRows<{ record_id: string; content: string; caller_name: string | null; caller_phone: string | null }>(conn, {
    sql: PENDING_ORDERS_SQL,
    params: [EXTRACTOR_VERSION],
  });
  const counts = { orders: pending.length, sme: 0, wage: 0, other: 0, toReview: 0, dictionaryNames: 0 };
  if (pending.length === 0) return counts;
  const dictionary = await buildStoreDictionary(conn);
  counts.dictionaryNames = dictionary.size;
  return withTransaction(conn, async () => {
    const out = await openTableAppender(conn, '__tmp_work_order_extract');
    try {
      for (const o of pending) {
        const x = extractComplaint(o.content, { dictionary, callerName: o.caller_name ?? undefined, callerPhone: o.caller_phone ?? undefined });
        const review = needsReview(x);
        counts[x.kind === 'sme_arrears' ? 'sme' : x.kind === 'wage_arrears' ? 'wage' : 'other']++;
        if (review.length > 0) counts.toReview++;
        out.append({
          record_id: o.record_id, kind: x.kind, kind_reason: x.reason,
          creditor_name: x.creditor.value?.name ?? null, debtor_name: x.debtor.value?.name ?? null, employer_name: x.employer.value?.name ?? null,
          amount_owed_fen: x.amountFen.value, project_name: x.project.value, workers: x.workers.value,
          review_fields: review.join(','), fields_json: JSON.stringify(x), extractor_version: EXTRACTOR_VERSION,
        });
      }
    } finally {
      out.close();
    }
    await exec(conn, APPLY_EXTRACTIONS_SQL);
    return counts;
  });
}
