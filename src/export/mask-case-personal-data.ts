import type { PersonalFieldKey } from '../../schemas/masking-policy-schema.js';
import type { Agency, ExportKind, MaskingPolicy } from './load-masking-policy.js';
import { maskPersonalValue } from './mask-personal-value.js';

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

/** One personal value of a case, in clear, as personalByCaseSql gives it. */
export interface PersonalValue {
  readonly field: PersonalFieldKey;
  readonly value: string;
}

/**
 * A case's personal data treated for one export and audience: values the policy omits are left
 * out, masked ones masked by kind, free text by the policy's patterns and the case's own names.
 * Nothing leaves here in clear unless the policy says `clear` for the owner.
 * @example maskCasePersonalData([{ field: 'wage_lead.reporter_phone', value: '15812343034' }], policy, 'share', 'econ').phones //=> '158****3034'
 */
export function maskCasePersonalData(values: readonly PersonalValue[], policy: MaskingPolicy, exportKind: ExportKind, audience: Agency): CasePersonalData {
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
  return {
    names: [...buckets.person_name].join('、'),
    phones: [...buckets.phone].join('、'),
    idNumbers: [...buckets.id_number].join('、'),
    texts: texts.length > MAX_TEXT ? `${texts.slice(0, MAX_TEXT)}…` : texts,
  };
}
