import { z } from 'zod';
import { amountFen, count, date, enterpriseName, oneOf, phone, text, uscc } from '../src/validate/field-rules.js';
import { validateResidentId } from '../src/normalize/validate-resident-id.js';
import type { AmountUnits } from './survey-schema.js';

export const SECTORS = ['工程建设领域', '非工程建设领域'] as const;
const SECTOR_SYNONYMS: Record<string, string> = { 工程建设: '工程建设领域', 建设工程: '工程建设领域', 工程: '工程建设领域', 非工程建设: '非工程建设领域', 非工程: '非工程建设领域', 其他: '非工程建设领域' };

const residentId = () =>
  z.unknown().transform((v, ctx) => {
    if (v === null || v === undefined || String(v).trim() === '') return null;
    const r = validateResidentId(v);
    if (r.ok) return r.value.id;
    ctx.addIssue({ code: 'custom', message: r.reason });
    return null;
  });

/** A wage-arrears lead (欠薪线索): the employer is required; the reporter's data is personal. */
export function wageLeadSchema(units: AmountUnits) {
  return z.object({
    lead_no: text(),
    received_on: date(),
    channel: text(),
    sector: oneOf(SECTORS, SECTOR_SYNONYMS, '所属领域'),
    reporter_name: text(),
    reporter_id_number: residentId(),
    reporter_phone: phone(),
    employer_name: enterpriseName('用人单位名称为空'),
    employer_uscc: uscc(),
    project_name: text(),
    project_address: text(),
    developer_name: text(),
    general_contractor_name: text(),
    subcontractor_name: text(),
    team_leader: text(),
    workers: count(),
    amount_owed: amountFen(units.amount_owed ?? '元'),
    arrears_period: text(),
    summary: text(),
  });
}
