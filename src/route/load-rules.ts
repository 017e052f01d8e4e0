import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routingRulesSchema, type RoutingRules } from '../../schemas/routing-rules-schema.js';
import { PipelineError } from '../pipeline-error.js';
import { schemasDir } from '../schemas-dir.js';

/** The memorandum's default rules, shipped with the project. */
export const DEFAULT_RULES_PATH = (): string => join(schemasDir(), 'routing-rules.json');

/**
 * Reads and validates a routing rules file. A bad file stops routing with every problem listed:
 * routing on half-understood rules would send cases to the wrong office.
 */
export function loadRules(path = DEFAULT_RULES_PATH()): RoutingRules {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PipelineError('CONFIG_INVALID', `无法读取移送规则文件 ${path}：${(err as Error).message}`, { path });
  }
  const parsed = routingRulesSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；');
    throw new PipelineError('CONFIG_INVALID', `移送规则文件 ${path} 有误：${problems}`, { path });
  }
  return parsed.data;
}
