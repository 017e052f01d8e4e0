import type { DuckDBConnection } from '@duckdb/node-api';
import type { PersonalFieldKey } from '../../schemas/masking-policy-schema.js';
import { queryRows } from '../store/sql.js';
import type { Agency, ExportKind, MaskingPolicy } from './load-masking-policy.js';
import { maskPersonalValue } from './mask-personal-value.js';
import { personalDataSql } from './personal-data-sql.js';

/** A case's personal data as one export may show it: already masked or left out per the policy. */
export interface CasePersonalData {
  /** 袁**（反映人）、潘**（投诉联系人） */
  readonly names: string;
  readonly phones: string;
  readonly idNumbers: string;
  /** Free text (summaries, complaint content), one record a line. */
  readonly texts: string;
}

const MAX_TEXT = 2000;

/**
 * The personal data of the given cases, treated for one export and audience: values the policy
 * omits are left out, masked ones masked by kind, free text by the policy's patterns and the
 * case's own names. Nothing leaves here in clear unless the policy says `clear` for the owner.
 * @example (await collectPersonalData(conn, policy, 'share', 'econ', new Set(['WAGE-2026-000001']))).get('WAGE-2026-000001')?.phones //=> '158****3034'
 */
export async function collectPersonalData(
  conn: DuckDBConnection,
  policy: MaskingPolicy,
  exportKind: ExportKind,
  audience: Agency,
  caseIds: ReadonlySet<string>,
): Promise<Map<string, CasePersonalData>> {
  if (caseIds.size === 0) return new Map(); // and DuckDB cannot type an empty list parameter
  const rows = await queryRows<{ case_id: string; field: PersonalFieldKey; value: string }>(conn, personalDataSql([...caseIds]));
  const byCase = new Map<string, { field: PersonalFieldKey; value: string }[]>();
  for (const r of rows) {
    const list = byCase.get(r.case_id) ?? [];
    list.push(r);
    byCase.set(r.case_id, list);
  }
  const out = new Map<string, CasePersonalData>();
  for (const [caseId, values] of byCase) {
    const knownNames = values.filter((v) => policy.fields.get(v.field)?.kind === 'person_name').map((v) => v.value);
    const buckets = { person_name: new Set<string>(), phone: new Set<string>(), id_number: new Set<string>(), free_text: new Set<string>() };
    for (const v of values) {
      const def = policy.fields.get(v.field)!; // the schema guarantees every field is in the policy
      const treatment = policy.treatment(exportKind, def.owner, audience);
      if (treatment === 'omit') continue;
      const shown = treatment === 'clear' ? v.value : maskPersonalValue(v.value, def.kind, policy, knownNames);
      buckets[def.kind].add(def.kind === 'person_name' ? `${shown}（${def.label}）` : shown);
    }
    const texts = [...buckets.free_text].join('\n');
    out.set(caseId, {
      names: [...buckets.person_name].join('、'),
      phones: [...buckets.phone].join('、'),
      idNumbers: [...buckets.id_number].join('、'),
      texts: texts.length > MAX_TEXT ? `${texts.slice(0, MAX_TEXT)}…` : texts,
    });
  }
  return out;
}
