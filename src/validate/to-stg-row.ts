import type { SourceKind } from '../../schemas/header-aliases.js';
import { classifyDebtor } from '../normalize/classify-debtor.js';
import { matchStreet } from '../normalize/match-street.js';
import type { EnterpriseName } from '../normalize/normalize-enterprise-name.js';
import type { Uscc } from '../normalize/normalize-uscc.js';
import type { ParsedDate } from '../normalize/parse-date.js';
import { memoByCell } from './memo-by-cell.js';

/** Where a record came from; becomes the leading columns of its stg row. */
export interface Provenance {
  readonly record_id: string;
  readonly file_id: number;
  readonly sheet: string;
  readonly row_number: number;
  readonly period: string | null;
  readonly reporting_unit: string | null;
}

type Name = (EnterpriseName & { raw: string }) | null;
type Row = Record<string, unknown>;

const name = (prefix: string, n: Name): Row => ({
  [`${prefix}_name_raw`]: n?.raw ?? null,
  [`${prefix}_name`]: n?.legalName ?? null,
  [`${prefix}_core_name`]: n?.coreName ?? null,
  [`${prefix}_branch_of`]: n?.branchOf ?? null,
});
const code = (prefix: string, u: Uscc | null): Row => ({
  [`${prefix}_uscc`]: u?.code ?? null,
  [`${prefix}_uscc_checksum_ok`]: u ? u.checksumOk : null,
});
const day = (d: unknown) => (d as ParsedDate | null)?.date ?? null;
// Street texts and debtor names repeat row after row: look each one up once (both are pure).
const streetOf = memoByCell((t) => {
  if (typeof t !== 'string' || !t) return null;
  const m = matchStreet(t);
  return m.ok ? { street_code: m.value.code, street_name: m.value.name } : null;
});
const street = (...texts: unknown[]) => {
  for (const t of texts) {
    const found = streetOf(t);
    if (found) return found;
  }
  return { street_code: null, street_name: null };
};
const debtorClasses = new Map<string, ReturnType<typeof classifyDebtor>>();
/** classifyDebtor, remembered per (name, code) pair. */
function debtorClass(name: string | undefined, code: string | undefined): ReturnType<typeof classifyDebtor> {
  const key = `${name ?? '\u0000'}\u0001${code ?? '\u0000'}`;
  let found = debtorClasses.get(key);
  if (!found) {
    if (debtorClasses.size >= 50_000) debtorClasses.clear();
    debtorClasses.set(key, (found = classifyDebtor(name, code)));
  }
  return found;
}

// A complainant that is an organisation, not a person: wage complaints come from workers. Firms
// are often named short (昊泰园林, 昌创劳务): a trade word or more than four characters says firm.
const ORG_SUFFIX = /(公司|厂|中心|店|社|所|部|院|局|集团|企业|商行|工作室|经营部|合作社|事务所|有限合伙)$/;
const TRADE_WORDS = /劳务|建筑|装饰|工程|机电|园林|绿化|保洁|物业|科技|信息|市政|建材|文化|传播|餐饮|设备|贸易|商贸|实业|咨询|服务|管理|安装|装修/;
const WAGE_CUES = /工资|薪|农民工|工人|劳务费|工钱|血汗钱/;

/** Is this complaint about workers' pay rather than an enterprise's receivable? */
export function isWageComplaint(complainant: string | null, content: string | null, hasUscc: boolean): boolean {
  const name = complainant ?? '';
  const isOrg = hasUscc || ORG_SUFFIX.test(name) || TRADE_WORDS.test(name) || Array.from(name).length > 4;
  return !isOrg && WAGE_CUES.test(content ?? '');
}

/** Maps a validated record to the columns of its stg table, adding derived fields. */
export function toStgRow(source: SourceKind, v: Row, p: Provenance): Row {
  if (source === 'survey') {
    const debtor = v.debtor_name as Name;
    const debtorUscc = v.debtor_uscc as Uscc | null;
    const derived = debtorClass(debtor?.legalName, debtorUscc?.code);
    return {
      ...p,
      ...street(v.street, p.reporting_unit),
      seq: v.seq,
      ...name('debtor', debtor),
      ...code('debtor', debtorUscc),
      debtor_type: v.debtor_type ?? (derived.ok ? derived.value : null),
      debtor_type_reported: v.debtor_type,
      debtor_dept: v.debtor_dept,
      ...name('creditor', v.creditor_name as Name),
      ...code('creditor', v.creditor_uscc as Uscc | null),
      creditor_size: v.creditor_size,
      arrears_type: v.arrears_type,
      project_name: v.project_name,
      contract_amount_fen: v.contract_amount,
      amount_owed_fen: v.amount_owed,
      undisputed_fen: v.undisputed_amount,
      disputed_fen: v.disputed_amount,
      arose_on: day(v.arose_on),
      arose_precision: (v.arose_on as ParsedDate | null)?.precision ?? null,
      agreed_pay_on: day(v.agreed_pay_on),
      amount_cleared_fen: v.amount_cleared,
      planned_clear_on: day(v.planned_clear_on),
      in_litigation: v.in_litigation,
      contact_name: v.contact_name,
      contact_phone: v.contact_phone,
      remarks: v.remarks,
    };
  }
  if (source === 'work_order') {
    // Parties and amounts come later, from the text (the extract stage).
    return {
      record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
      period: day(v.received_on)?.slice(0, 7) ?? p.period,
      order_no: v.order_no, received_on: day(v.received_on), channel: v.channel, ...street(v.street, v.address),
      address: v.address, order_type: v.order_type, content: v.content, handling_unit: v.handling_unit,
      caller_name: v.caller_name, caller_phone: v.caller_phone,
    };
  }
  if (source === 'complaint') {
    const complainant = (v.complainant_name as string | null) ?? null;
    const uscc = v.complainant_uscc as Uscc | null;
    const wage = isWageComplaint(complainant?.replace(/\s+/g, '') ?? null, v.content as string | null, uscc !== null);
    const respondent = v.respondent_name as Name;
    const derived = debtorClass(respondent?.legalName, (v.respondent_uscc as Uscc | null)?.code);
    const complainantName = complainant ? complainant.normalize('NFKC').replace(/\s+/g, '') : null;
    return {
      record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
      period: day(v.received_on)?.slice(0, 7) ?? p.period,
      kind: wage ? 'wage_arrears' : 'sme_arrears',
      complaint_no: v.complaint_no, channel: v.channel, received_on: day(v.received_on),
      complainant_name_raw: complainant, complainant_name: complainantName,
      complainant_core_name: null, complainant_is_enterprise: !wage && complainant !== null,
      ...code('complainant', uscc),
      complainant_size: v.complainant_size, contact_name: v.contact_name, contact_phone: v.contact_phone,
      ...name('respondent', respondent),
      ...code('respondent', v.respondent_uscc as Uscc | null),
      respondent_type: v.respondent_type ?? (derived.ok ? derived.value : null),
      amount_claimed_fen: v.amount_claimed, content: v.content, handling_unit: v.handling_unit, status: v.status,
    };
  }
  return {
    record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
    period: day(v.received_on)?.slice(0, 7) ?? p.period,
    lead_no: v.lead_no, received_on: day(v.received_on), channel: v.channel, sector: v.sector,
    reporter_name: v.reporter_name, reporter_id_number: v.reporter_id_number, reporter_phone: v.reporter_phone,
    ...name('employer', v.employer_name as Name),
    ...code('employer', v.employer_uscc as Uscc | null),
    project_name: v.project_name, project_address: v.project_address,
    ...street(v.project_address),
    developer_name: v.developer_name, general_contractor_name: v.general_contractor_name,
    subcontractor_name: v.subcontractor_name, team_leader: v.team_leader, workers: v.workers,
    amount_owed_fen: v.amount_owed, arrears_period: v.arrears_period, summary: v.summary,
  };
}
