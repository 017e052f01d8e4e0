import { z } from 'zod';

/**
 * The personal-data columns the exports can carry, as `source.column`. A policy must say how each
 * one is treated, and may name no other: a typo would otherwise look like protection that is not
 * there. `complaint.complainant_person` is the complainant's name when it is not an organisation.
 */
export const PERSONAL_FIELD_KEYS = [
  'wage_lead.reporter_name',
  'wage_lead.reporter_id_number',
  'wage_lead.reporter_phone',
  'wage_lead.team_leader',
  'wage_lead.summary',
  'complaint.complainant_person',
  'complaint.contact_name',
  'complaint.contact_phone',
  'complaint.content',
  'survey.contact_name',
  'survey.contact_phone',
  'survey.remarks',
] as const;
export type PersonalFieldKey = (typeof PERSONAL_FIELD_KEYS)[number];

/** How a value is masked: ID 6+4, phone 3+4 (landline: area code + 4), name surname only, free text by patterns. */
export const personalKind = z.enum(['id_number', 'phone', 'person_name', 'free_text']);

/** clear: as stored; mask: by kind; omit: left out. The other agency never gets a value in clear. */
const ownTreatment = z.enum(['clear', 'mask', 'omit']);
const otherTreatment = z.enum(['mask', 'omit']);
const audience = z.object({ own: ownTreatment, other: otherTreatment }).strict();

const regexText = z.string().min(1).refine((s) => {
  try {
    new RegExp(s, 'gu');
    return true;
  } catch {
    return false;
  }
}, '不是有效的正则表达式');

export const textPatternSchema = z
  .object({
    label: z.string().min(1),
    /** id_number, phone, person_name as for fields; digits keeps the last 4 of a long number (bank card). */
    mask: z.enum(['id_number', 'phone', 'person_name', 'digits']),
    regex: regexText,
  })
  .strict()
  .refine((p) => p.mask !== 'person_name' || p.regex.includes('(?<name>'), {
    message: '姓名规则须用命名分组 (?<name>…) 标出姓名本身，只遮盖这一段',
    path: ['regex'],
  });

export const maskingPolicySchema = z
  .object({
    name: z.string().min(2),
    version: z.string().min(1),
    description: z.string().optional(),
    fields: z
      .array(
        z
          .object({
            field: z.enum(PERSONAL_FIELD_KEYS),
            label: z.string().min(1),
            kind: personalKind,
            /** The agency that collected it: its own exports may treat it differently. */
            owner: z.enum(['econ', 'wage']),
          })
          .strict(),
      )
      .min(1),
    exports: z.object({ review: audience, share: audience }).strict(),
    freeText: z
      .object({
        /** Applied in order: ID numbers before phones, or a phone-shaped run inside an ID is found first. */
        patterns: z.array(textPatternSchema),
        /** Also mask the names the same case's records hold (reporters, contacts) wherever the text repeats them. */
        maskKnownNames: z.boolean(),
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    for (const [i, f] of p.fields.entries()) {
      if (seen.has(f.field)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'field'], message: `字段重复：${f.field}` });
      seen.add(f.field);
    }
    for (const key of PERSONAL_FIELD_KEYS) {
      if (!seen.has(key)) ctx.addIssue({ code: 'custom', path: ['fields'], message: `缺少个人信息字段 ${key} 的处理方式` });
    }
  });

export type MaskingPolicyFile = z.infer<typeof maskingPolicySchema>;
export type PersonalKind = z.infer<typeof personalKind>;
export type Treatment = z.infer<typeof ownTreatment>;
