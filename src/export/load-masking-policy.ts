import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskingPolicySchema, type PersonalFieldKey, type PersonalKind, type Treatment } from '../../schemas/masking-policy-schema.js';
import { PipelineError } from '../pipeline-error.js';
import { schemasDir } from '../schemas-dir.js';

export type Agency = 'econ' | 'wage';
/** Which kind of export a value goes into: the review workbook or the shared registry. */
export type ExportKind = 'review' | 'share';

export interface PersonalField {
  readonly key: PersonalFieldKey;
  readonly label: string;
  readonly kind: PersonalKind;
  readonly owner: Agency;
}

export interface TextPattern {
  readonly label: string;
  readonly mask: 'id_number' | 'phone' | 'person_name' | 'digits';
  readonly regex: RegExp;
}

/** A validated masking policy, ready to apply. */
export interface MaskingPolicy {
  readonly name: string;
  readonly version: string;
  /** How exports name it: `name（version）`. */
  readonly title: string;
  readonly fields: ReadonlyMap<PersonalFieldKey, PersonalField>;
  readonly patterns: readonly TextPattern[];
  readonly maskKnownNames: boolean;
  /** How a field collected by `owner` is treated in an export for `audience`. */
  treatment(exportKind: ExportKind, owner: Agency, audience: Agency): Treatment;
}

/** The policy shipped with the project. */
export const DEFAULT_MASKING_POLICY_PATH = (): string => join(schemasDir(), 'masking-policy.json');

/**
 * Reads and validates a masking policy file. A bad or incomplete policy stops the export with
 * every problem named: exporting under half a policy would leak what the other half protects.
 * @example loadMaskingPolicy().title //=> '区经委与区根治欠薪办信息共享个人信息脱敏规则（2026.1）'
 */
export function loadMaskingPolicy(path = DEFAULT_MASKING_POLICY_PATH()): MaskingPolicy {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PipelineError('CONFIG_INVALID', `无法读取脱敏规则文件 ${path}：${(err as Error).message}`, { path });
  }
  const parsed = maskingPolicySchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`).join('；');
    throw new PipelineError('CONFIG_INVALID', `脱敏规则文件 ${path} 有误：${problems}`, { path });
  }
  const p = parsed.data;
  return {
    name: p.name,
    version: p.version,
    title: `${p.name}（${p.version}）`,
    fields: new Map(p.fields.map((f) => [f.field, { key: f.field, label: f.label, kind: f.kind, owner: f.owner }])),
    patterns: p.freeText.patterns.map((t) => ({ label: t.label, mask: t.mask, regex: new RegExp(t.regex, 'gu') })),
    maskKnownNames: p.freeText.maskKnownNames,
    treatment: (exportKind, owner, audience) => p.exports[exportKind][owner === audience ? 'own' : 'other'],
  };
}
