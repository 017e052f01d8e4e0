import { assignRoles } from './assign-roles.js';
import { classifyComplaint } from './classify-complaint.js';
import type { EnterpriseDictionary } from './enterprise-dictionary.js';
import { ABSENT, type EnterpriseValue, type Extraction, type Field } from './extraction.js';
import { findAmounts } from './find-amounts.js';
import { findDates } from './find-dates.js';
import { findMentions, type EnterpriseMention } from './find-mentions.js';
import { findProjects } from './find-projects.js';
import { findWorkers } from './find-workers.js';
import { blankPeople } from './blank-people.js';
import { foldText, toOriginalSpan, type FoldedText } from './fold-text.js';
import { pickAmount } from './pick-amount.js';
import { splitRepeatedNames } from './split-repeated-names.js';
import { trimProjects } from './trim-projects.js';

export interface ExtractComplaintOptions {
  /** Known enterprises; without one, names are found by pattern only. */
  readonly dictionary?: EnterpriseDictionary | null;
  /** 市民姓名: never read as part of an enterprise name. */
  readonly callerName?: string;
  /** 市民电话: never read as an amount, a date or a count. */
  readonly callerPhone?: string;
}

const ARREARS_TYPES: readonly (readonly [RegExp, string])[] = [
  [/工资|工钱|薪水|薪资|欠薪/u, '工资'],
  [/工程款|进度款|结算款|劳务费|工程尾款/u, '工程款'],
  [/货款|材料款|设备款/u, '货款'],
  [/保证金|质保金|履约金/u, '保证金'],
  [/服务费|服务款|维保费|设计费|咨询费|运维费|养护费|技术服务费/u, '服务款'],
];

/**
 * Read a 12345 work order's or a letter's free text: classify it ('sme_arrears', 'wage_arrears',
 * 'other' with a reason) and extract the parties, amount owed, project, dates and workers, each
 * with its span in the original text, a confidence and where it came from.
 * @example extractComplaint('上海宏达建材有限公司反映闵行区教育局拖欠货款12.5万元', { dictionary: null }).amountFen.value //=> 12500000
 */
export function extractComplaint(text: string, options: ExtractComplaintOptions = {}): Extraction {
  const folded = blankPeople(foldText(typeof text === 'string' ? text : ''), options.callerName, options.callerPhone);
  const found = splitRepeatedNames(findMentions(folded, options.dictionary ?? null));
  const projects = trimProjects(findProjects(folded), found);
  // A place inside a project's name (七宝社区卫生服务中心改造工程) is not a party.
  const mentions = found.filter((m) => !projects.some((p) => m.start >= p.start && m.end <= p.end));
  const roles = assignRoles(folded, mentions);
  const workers = findWorkers(folded);
  const explicitWorkers = workers.find((w) => w.count !== null);
  const classification = classifyComplaint(folded.text, {
    creditorNamed: roles.creditor !== null && roles.creditor.confidence >= 0.85,
    workersNamed: explicitWorkers !== undefined,
    hasSubstance: mentions.length > 0 || /\d|[一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾][万元]/u.test(folded.text),
  });
  const dates = findDates(folded).map((d): Field<typeof d.value> => ({ value: d.value, span: d.span, confidence: 0.95, source: 'pattern' }));
  const kind = classification.kind;
  const base = { kind, kindConfidence: classification.confidence, reason: classification.reason, dates };
  if (kind === 'other') {
    return {
      ...base, creditor: ABSENT, debtor: ABSENT, employer: ABSENT, amountFen: ABSENT, contractAmountFen: ABSENT,
      arrearsType: ABSENT, project: ABSENT, workers: ABSENT, others: othersThan([], mentions), notes: [],
    };
  }
  const amounts = pickAmount(findAmounts(folded));
  const notes = [...amounts.notes];
  const workersField = ((): Field<number> => {
    const w = explicitWorkers ?? workers[0];
    if (w === undefined) return ABSENT;
    if (w.count === null) notes.push(`人数为约数，至少${w.atLeast ?? '?'}人`);
    return { value: w.count, span: w.span, confidence: w.count === null ? 0.3 : w.confidence, source: 'cue' };
  })();
  const project = projects.find((p) => p.quoted) ?? projects[0];
  const sme = kind === 'sme_arrears';
  const parties = sme ? [roles.creditor, roles.debtor] : [roles.employer];
  return {
    ...base,
    creditor: sme && roles.creditor ? enterprise(roles.creditor.mention, roles.creditor.confidence) : ABSENT,
    debtor: sme && roles.debtor ? enterprise(roles.debtor.mention, roles.debtor.confidence) : ABSENT,
    employer: !sme && roles.employer ? enterprise(roles.employer.mention, roles.employer.confidence) : ABSENT,
    amountFen: amounts.owed,
    contractAmountFen: amounts.contract,
    arrearsType: arrearsType(folded, kind),
    project: project ? { value: project.name, span: project.span, confidence: project.quoted ? 0.9 : 0.75, source: 'pattern' } : ABSENT,
    workers: workersField,
    others: othersThan(parties.flatMap((p) => (p ? [p.mention] : [])), mentions),
    notes,
  };
}

// Each enterprise once, and none that is already a party (however often it is named).
function othersThan(parties: readonly EnterpriseMention[], mentions: readonly EnterpriseMention[]): Field<EnterpriseValue>[] {
  const seen = new Set(parties.map((p) => p.entityId ?? p.name));
  const out: Field<EnterpriseValue>[] = [];
  for (const m of mentions) {
    const key = m.entityId ?? m.name;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(enterprise(m, m.quality));
  }
  return out;
}

function enterprise(m: EnterpriseMention, confidence: number): Field<EnterpriseValue> {
  return { value: { name: m.name, written: m.written, entityId: m.entityId }, span: m.span, confidence, source: m.source };
}

function arrearsType(folded: FoldedText, kind: Extraction['kind']): Field<string> {
  for (const [pattern, label] of ARREARS_TYPES) {
    if (kind === 'sme_arrears' && label === '工资') continue;
    const m = pattern.exec(folded.text);
    if (m) return { value: label, span: toOriginalSpan(folded, m.index, m.index + m[0].length), confidence: 0.8, source: 'cue' };
  }
  return ABSENT;
}
