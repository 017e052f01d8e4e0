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

const day = (d: unknown) => (d as ParsedDate | null)?.date ?? null;
// Street texts and debtor names repeat row after row: look each one up once (both are pure).
const streetOf = memoByCell((t) => {
  if (typeof t !== 'string' || !t) return null;
  const m = matchStreet(t);
  return m.ok ? { street_code: m.value.code, street_name: m.value.name } : null;
});

/** The street of the first text that names one (street, reporting unit, address). @example streetColumns(null, '七宝镇').street_code //=> '310112102' */
export function streetColumns(...texts: unknown[]): { street_code: string | null; street_name: string | null } {
  for (const t of texts) {
    const found = streetOf(t);
    if (found) return found;
  }
  return { street_code: null, street_name: null };
}

const debtorClasses = new Map<string, string | null>();
/** The debtor type classifyDebtor derives from a legal name and code, or null; remembered per pair. @example derivedDebtorType('上海市闵行区教育局', undefined) //=> '机关' */
export function derivedDebtorType(name: string | null | undefined, code: string | null | undefined): string | null {
  const key = `${name ?? '\u0000'}\u0001${code ?? '\u0000'}`;
  let found = debtorClasses.get(key);
  if (found === undefined) {
    if (debtorClasses.size >= 50_000) debtorClasses.clear();
    const derived = classifyDebtor(name ?? undefined, code ?? undefined);
    debtorClasses.set(key, (found = derived.ok ? derived.value : null));
  }
  return found;
}

// A complainant that is an organisation, not a person: wage complaints come from workers. Firms
// are often named short (昊泰园林, 昌创劳务): a trade word or more than four characters says firm.
const ORG_SUFFIX = /(公司|厂|中心|店|社|所|部|院|局|集团|企业|商行|工作室|经营部|合作社|事务所|有限合伙)$/;
const TRADE_WORDS = /劳务|建筑|装饰|工程|机电|园林|绿化|保洁|物业|科技|信息|市政|建材|文化|传播|餐饮|设备|贸易|商贸|实业|咨询|服务|管理|安装|装修/;
/** Words that make a complaint about workers' pay. A plain alternation: set-based loading runs it in SQL. */
export const WAGE_CUES = /工资|薪|农民工|工人|劳务费|工钱|血汗钱/;

/** Does a complainant's name (whitespace removed) read as a firm rather than a person? @example isOrganisationName('昌创劳务') //=> true */
export function isOrganisationName(complainant: string | null): boolean {
  const name = complainant ?? '';
  return ORG_SUFFIX.test(name) || TRADE_WORDS.test(name) || Array.from(name).length > 4;
}

/** Does a complaint's text speak of wages? @example speaksOfWages('农民工工资至今未发') //=> true */
export function speaksOfWages(content: string | null): boolean {
  return WAGE_CUES.test(content ?? '');
}

/** Is this complaint about workers' pay rather than an enterprise's receivable? */
export function isWageComplaint(complainant: string | null, content: string | null, hasUscc: boolean): boolean {
  return !(hasUscc || isOrganisationName(complainant)) && speaksOfWages(content);
}

/** A complainant's name as stg_complaint keys it: NFKC, no whitespace. @example complainantName('张 师傅') //=> '张师傅' */
export function complainantName(complainant: string | null): string | null {
  return complainant ? complainant.normalize('NFKC').replace(/\s+/g, '') : null;
}

/**
 * Maps a validated record to the columns of its stg table, adding derived fields. Every key is
 * written out (no spreads, no computed keys): this runs once per accepted row, and objects built
 * that way stay in V8's fast mode instead of becoming hash tables.
 */
export function toStgRow(source: SourceKind, v: Row, p: Provenance): Row {
  if (source === 'survey') {
    const debtor = v.debtor_name as Name;
    const debtorUscc = v.debtor_uscc as Uscc | null;
    const creditor = v.creditor_name as Name;
    const creditorUscc = v.creditor_uscc as Uscc | null;
    const place = streetColumns(v.street, p.reporting_unit);
    const arose = v.arose_on as ParsedDate | null;
    return {
      record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
      period: p.period, reporting_unit: p.reporting_unit,
      street_code: place.street_code, street_name: place.street_name,
      seq: v.seq,
      debtor_name_raw: debtor?.raw ?? null, debtor_name: debtor?.legalName ?? null,
      debtor_core_name: debtor?.coreName ?? null, debtor_branch_of: debtor?.branchOf ?? null,
      debtor_uscc: debtorUscc?.code ?? null, debtor_uscc_checksum_ok: debtorUscc ? debtorUscc.checksumOk : null,
      debtor_type: v.debtor_type ?? derivedDebtorType(debtor?.legalName, debtorUscc?.code),
      debtor_type_reported: v.debtor_type,
      debtor_dept: v.debtor_dept,
      creditor_name_raw: creditor?.raw ?? null, creditor_name: creditor?.legalName ?? null,
      creditor_core_name: creditor?.coreName ?? null, creditor_branch_of: creditor?.branchOf ?? null,
      creditor_uscc: creditorUscc?.code ?? null, creditor_uscc_checksum_ok: creditorUscc ? creditorUscc.checksumOk : null,
      creditor_size: v.creditor_size,
      arrears_type: v.arrears_type,
      project_name: v.project_name,
      contract_amount_fen: v.contract_amount,
      amount_owed_fen: v.amount_owed,
      undisputed_fen: v.undisputed_amount,
      disputed_fen: v.disputed_amount,
      arose_on: day(arose),
      arose_precision: arose?.precision ?? null,
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
      order_no: v.order_no, received_on: day(v.received_on), channel: v.channel, ...streetColumns(v.street, v.address),
      address: v.address, order_type: v.order_type, content: v.content, handling_unit: v.handling_unit,
      caller_name: v.caller_name, caller_phone: v.caller_phone,
    };
  }
  if (source === 'complaint') {
    const complainant = (v.complainant_name as string | null) ?? null;
    const uscc = v.complainant_uscc as Uscc | null;
    const wage = isWageComplaint(complainant?.replace(/\s+/g, '') ?? null, v.content as string | null, uscc !== null);
    const respondent = v.respondent_name as Name;
    const respondentUscc = v.respondent_uscc as Uscc | null;
    return {
      record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
      period: day(v.received_on)?.slice(0, 7) ?? p.period,
      kind: wage ? 'wage_arrears' : 'sme_arrears',
      complaint_no: v.complaint_no, channel: v.channel, received_on: day(v.received_on),
      complainant_name_raw: complainant, complainant_name: complainantName(complainant),
      complainant_core_name: null, complainant_is_enterprise: !wage && complainant !== null,
      complainant_uscc: uscc?.code ?? null, complainant_uscc_checksum_ok: uscc ? uscc.checksumOk : null,
      complainant_size: v.complainant_size, contact_name: v.contact_name, contact_phone: v.contact_phone,
      respondent_name_raw: respondent?.raw ?? null, respondent_name: respondent?.legalName ?? null,
      respondent_core_name: respondent?.coreName ?? null, respondent_branch_of: respondent?.branchOf ?? null,
      respondent_uscc: respondentUscc?.code ?? null, respondent_uscc_checksum_ok: respondentUscc ? respondentUscc.checksumOk : null,
      respondent_type: v.respondent_type ?? derivedDebtorType(respondent?.legalName, respondentUscc?.code),
      amount_claimed_fen: v.amount_claimed, content: v.content, handling_unit: v.handling_unit, status: v.status,
    };
  }
  const employer = v.employer_name as Name;
  const employerUscc = v.employer_uscc as Uscc | null;
  const place = streetColumns(v.project_address);
  return {
    record_id: p.record_id, file_id: p.file_id, sheet: p.sheet, row_number: p.row_number,
    period: day(v.received_on)?.slice(0, 7) ?? p.period,
    lead_no: v.lead_no, received_on: day(v.received_on), channel: v.channel, sector: v.sector,
    reporter_name: v.reporter_name, reporter_id_number: v.reporter_id_number, reporter_phone: v.reporter_phone,
    employer_name_raw: employer?.raw ?? null, employer_name: employer?.legalName ?? null,
    employer_core_name: employer?.coreName ?? null, employer_branch_of: employer?.branchOf ?? null,
    employer_uscc: employerUscc?.code ?? null, employer_uscc_checksum_ok: employerUscc ? employerUscc.checksumOk : null,
    project_name: v.project_name, project_address: v.project_address,
    street_code: place.street_code, street_name: place.street_name,
    developer_name: v.developer_name, general_contractor_name: v.general_contractor_name,
    subcontractor_name: v.subcontractor_name, team_leader: v.team_leader, workers: v.workers,
    amount_owed_fen: v.amount_owed, arrears_period: v.arrears_period, summary: v.summary,
  };
}
