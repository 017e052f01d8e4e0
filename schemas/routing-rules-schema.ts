import { z } from 'zod';

const agency = z.enum(['econ', 'wage', 'joint']);

/** What a rule looks at. Each kind is one SQL fragment in src/route/condition-sql.ts. */
export const conditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('linked'), linkType: z.enum(['upstream', 'same_debtor', 'same_project']), side: z.enum(['sme', 'wage']) }).strict(),
  z.object({ kind: z.literal('wage_complaint_at_econ') }).strict(),
  z.object({ kind: z.literal('business_debt_as_wage_lead') }).strict(),
  z.object({ kind: z.literal('amount_at_least'), caseKind: z.enum(['sme_arrears', 'wage_arrears']), yuan: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('workers_at_least'), workers: z.number().int().positive() }).strict(),
  z.object({ kind: z.literal('debtor_type_in'), types: z.array(z.enum(['机关', '事业单位', '国有企业', '大型企业', '平台公司', '其他'])).min(1) }).strict(),
]);

export const deadlineSchema = z
  .object({
    days: z.number().int().positive(),
    unit: z.enum(['working', 'calendar']),
    /** A calendar-day limit that may be extended (a complaint's result: 30 days, up to 90). */
    extendableTo: z.number().int().positive().optional(),
  })
  .strict();

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{2,}-\d{2,}$/, '规则编号形如 MOU-01'),
    description: z.string().min(1),
    when: conditionSchema,
    mechanism: z.enum(['lead_transfer', 'info_share', 'joint_handling']),
    from: agency.exclude(['joint']),
    to: agency,
    reason: z.string().min(4),
    deadline: deadlineSchema,
  })
  .strict();

/** The routing rules file: versioned, every rule with a unique id. */
export const routingRulesSchema = z
  .object({
    version: z.string().min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const [i, r] of f.rules.entries()) {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `规则编号重复：${r.id}` });
      seen.add(r.id);
    }
  });

export type RoutingRules = z.infer<typeof routingRulesSchema>;
export type RoutingRule = z.infer<typeof ruleSchema>;
export type RuleCondition = z.infer<typeof conditionSchema>;
