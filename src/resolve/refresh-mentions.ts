import type { DuckDBConnection } from '@duckdb/node-api';
import { knownShortNames, normalizeShortName } from '../normalize/known-short-names.js';
import { normalizeEnterpriseName } from '../normalize/normalize-enterprise-name.js';
import { normalizeUscc } from '../normalize/normalize-uscc.js';
import { queryOne, queryRows } from '../store/sql.js';
import { openTableAppender } from '../store/table-appender.js';
import { NEW_MENTIONS_SQL } from './mentions-sql.js';

/** The mentions a run added: their numbers start at `firstNew`. */
export interface NewMentions {
  readonly added: number;
  readonly firstNew: number;
}

/**
 * Normalises, once, every spelling + USCC that some record names and int_resolve_mentions does
 * not hold yet, and numbers it after the ones already there.
 */
export async function refreshMentions(conn: DuckDBConnection): Promise<NewMentions> {
  const firstNew = Number((await queryOne<{ n: number }>(conn, 'SELECT coalesce(max(mention_no) + 1, 0) AS n FROM int_resolve_mentions'))!.n);
  const fresh = await queryRows<{ name: string; uscc: string | null }>(conn, NEW_MENTIONS_SQL);
  if (fresh.length === 0) return { added: 0, firstNew };
  const shorts = knownShortNames();
  const appender = await openTableAppender(conn, 'int_resolve_mentions');
  try {
    fresh.forEach((m, i) => {
      const n = normalizeEnterpriseName(m.name);
      const legal = n.ok ? n.value : { legalName: m.name, coreName: m.name, regionPrefix: null, branchOf: null };
      const code = m.uscc === null ? null : normalizeUscc(m.uscc);
      const target = shorts.get(normalizeShortName(legal.legalName)) ?? shorts.get(legal.coreName);
      appender.append({
        mention_no: firstNew + i, mention_key: `${m.name}|${m.uscc ?? ''}`, legal_name: legal.legalName, core_name: legal.coreName,
        region_prefix: legal.regionPrefix, branch_of: legal.branchOf, uscc: m.uscc, uscc_ok: Boolean(code?.ok && code.value.checksumOk),
        short_target: target !== undefined && target !== legal.coreName ? target : null, name_class: null,
      });
    });
  } finally {
    appender.close();
  }
  return { added: fresh.length, firstNew };
}
